/**
 * Turns an imported file's bytes into text. Spreadsheets save "Unicode text" and some CSVs as UTF-16
 * (Excel, Numbers, Google Sheets' TSV on Windows), which read as UTF-8 is text full of NUL bytes that
 * no parser recognises. The byte-order mark says which encoding it is; BOM-less UTF-16 is recognised
 * by its pattern of zero bytes. Anything else with zero bytes or many control bytes is not text at all
 * (a workbook, a PDF, an image) and is refused with a message saying what to do instead.
 */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be'

export type DecodedText =
  { ok: true; text: string; encoding: TextEncodingName } | { ok: false; message: string }

/** How much of the start is examined to tell text from binary. */
const SAMPLE_BYTES = 8192

const SIGNATURES: Array<{ bytes: number[]; kind: string }> = [
  {
    bytes: [0x50, 0x4b, 0x03, 0x04],
    kind: 'a zip archive or a spreadsheet workbook (.xlsx, .ods, .numbers)',
  },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], kind: 'an older Office file (.xls or .doc)' },
  { bytes: [0x25, 0x50, 0x44, 0x46], kind: 'a PDF' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], kind: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], kind: 'a JPEG image' },
]

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte)
}

function decode(bytes: Uint8Array, encoding: TextEncodingName, skip: number): DecodedText {
  return { ok: true, encoding, text: new TextDecoder(encoding).decode(bytes.subarray(skip)) }
}

/** BOM-less UTF-16: mostly-ASCII text has a zero in every other byte, on one side only. */
function utf16WithoutBom(sample: Uint8Array): TextEncodingName | undefined {
  if (sample.length < 4 || sample.length % 2 !== 0) return undefined
  let evenZeros = 0
  let oddZeros = 0
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++
    if (sample[i + 1] === 0) oddZeros++
  }
  const pairs = sample.length / 2
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le'
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be'
  return undefined
}

/** Share of bytes that only binary files have: NUL and C0 controls other than tab, newlines, form feed. */
function looksBinary(sample: Uint8Array): boolean {
  let control = 0
  for (const byte of sample) {
    if (byte === 0) return true
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++
  }
  return control > sample.length * 0.1
}

function notText(name: string, what: string): DecodedText {
  return {
    ok: false,
    message: `${name} is not a text file (${what}). Save it as CSV (UTF-8), JSON or Markdown and import that file.`,
  }
}

/** The file's text, decoded by its byte-order mark (UTF-8 without one), or why it cannot be imported. */
export function decodeImportBytes(name: string, bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decode(bytes, 'utf-8', 3)
  if (startsWith(bytes, [0xff, 0xfe, 0, 0]) || startsWith(bytes, [0, 0, 0xfe, 0xff]))
    return notText(name, 'it is UTF-32 text, which Story Vault does not read')
  if (startsWith(bytes, [0xff, 0xfe])) return decode(bytes, 'utf-16le', 2)
  if (startsWith(bytes, [0xfe, 0xff])) return decode(bytes, 'utf-16be', 2)
  const known = SIGNATURES.find((signature) => startsWith(bytes, signature.bytes))
  if (known) return notText(name, `it looks like ${known.kind}`)
  const sample = bytes.subarray(0, SAMPLE_BYTES - (Math.min(bytes.length, SAMPLE_BYTES) % 2))
  const utf16 = utf16WithoutBom(sample)
  if (utf16) return decode(bytes, utf16, 0)
  if (looksBinary(sample)) return notText(name, 'it holds binary data')
  return decode(bytes, 'utf-8', 0)
}
