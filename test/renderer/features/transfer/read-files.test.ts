// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { picked, readTextFiles } from '../../../../src/renderer/src/features/transfer/read-files'

describe('readTextFiles (the app’s import)', () => {
  it('decodes UTF-16, with a BOM or without one, instead of reading NUL-riddled text', async () => {
    const csv = 'Title,Year\r\nCut the build time in half,2024\r\n'
    const withoutBom = Buffer.from(csv, 'utf16le')
    const withBom = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(withoutBom).swap16()])
    const files = await readTextFiles(
      picked([new File([withBom], 'export.csv'), new File([withoutBom], 'export.txt')]),
    )
    expect(files).toEqual([
      { name: 'export.csv', text: csv },
      { name: 'export.txt', text: csv },
    ])
  })

  it('refuses a binary file with a message naming it', async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 8, 0])
    await expect(readTextFiles(picked([new File([bytes], 'stories.xlsx')]))).rejects.toThrow(
      /stories\.xlsx is not a text file/,
    )
  })
})
