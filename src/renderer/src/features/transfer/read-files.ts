import { LIMITS } from '../../../../shared/story/limits'
import { decodeImportBytes } from '../../../../shared/transfer/decode-text'
import type { TextFile } from '../../../../shared/transfer/types'

const IMPORTABLE = /\.(json|csv|tsv|tab|md|markdown|txt)$/i

/** A file and its path inside a picked or dropped folder (just its name otherwise). */
export interface PickedFile {
  file: File
  path: string
}

export class ImportTooLargeError extends Error {}

export function picked(files: Iterable<File>): PickedFile[] {
  return [...files].map((file) => ({ file, path: file.webkitRelativePath || file.name }))
}

/** Reads files as text, refusing more than the import limit before reading any of them. */
export async function readTextFiles(files: readonly PickedFile[]): Promise<TextFile[]> {
  // A single file is always offered to the importer, which explains what it cannot read.
  const wanted = files.length === 1 ? files : files.filter(({ path }) => IMPORTABLE.test(path))
  const bytes = wanted.reduce((sum, { file }) => sum + file.size, 0)
  if (bytes > LIMITS.importBytes) {
    const mb = Math.round(LIMITS.importBytes / 1024 / 1024)
    throw new ImportTooLargeError(`These files are larger than ${mb} MB. Import them in smaller groups.`)
  }
  return Promise.all(
    wanted.map(async ({ file, path }) => ({ name: path, text: await readAsText(file, path) })),
  )
}

/** The file's text, decoded by its byte-order mark (UTF-8 or UTF-16); binary files are refused. */
export async function readAsText(blob: Blob, name = 'The file'): Promise<string> {
  const decoded = decodeImportBytes(name, await readBytes(blob))
  if (!decoded.ok) throw new Error(decoded.message)
  return decoded.text
}

/** FileReader rather than Blob.arrayBuffer(): it is everywhere the app runs, and in the test DOM. */
function readBytes(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => {
      const result = reader.result
      resolve(result !== null && typeof result !== 'string' ? new Uint8Array(result) : new Uint8Array())
    }
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'))
    reader.readAsArrayBuffer(blob)
  })
}

function readEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject))
}

async function filesOfEntry(entry: FileSystemEntry, prefix: string): Promise<PickedFile[]> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) =>
      (entry as FileSystemFileEntry).file(resolve, reject),
    )
    return [{ file, path: `${prefix}${file.name}` }]
  }
  if (!entry.isDirectory || entry.name.startsWith('.')) return []
  const reader = (entry as FileSystemDirectoryEntry).createReader()
  const found: PickedFile[] = []
  // readEntries returns at most 100 entries per call; an empty batch means the folder is done.
  for (let batch = await readEntries(reader); batch.length; batch = await readEntries(reader)) {
    for (const child of batch) found.push(...(await filesOfEntry(child, `${prefix}${entry.name}/`)))
  }
  return found
}

/** The files of a drop, walking into dropped folders where the browser allows it. */
export async function filesFromDrop(transfer: DataTransfer): Promise<PickedFile[]> {
  const entries = [...transfer.items]
    .map((item) => (typeof item.webkitGetAsEntry === 'function' ? item.webkitGetAsEntry() : null))
    .filter((entry): entry is FileSystemEntry => entry !== null)
  if (!entries.some((entry) => entry.isDirectory)) return picked(transfer.files)
  const nested = await Promise.all(entries.map((entry) => filesOfEntry(entry, '')))
  return nested.flat()
}
