import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from './fixtures'

const CORRUPT = '{"schemaVersion": 1, "stories": ['

test.describe('a vault file that cannot be read', () => {
  test.use({ seedVault: CORRUPT })

  test('is kept aside and reported in plain words', async ({ app }) => {
    const banner = app.page.getByTestId('recovered-banner')
    await expect(banner).toBeVisible()
    await expect(banner).toContainText('could not be read')
    await expect(banner).toContainText('Nothing was deleted')

    const movedAside = (await readdir(app.dataDir, { recursive: true })).map(String).filter((name) => {
      return name !== 'vault.json' && name.includes('vault') && !name.includes('backup')
    })
    const contents = await Promise.all(
      movedAside.map((name) => readFile(join(app.dataDir, name), 'utf8').catch(() => '')),
    )
    const keptIndex = contents.findIndex((text) => text === CORRUPT)
    expect(
      keptIndex,
      `the unreadable file should be kept in ${app.dataDir}: ${movedAside.join(', ')}`,
    ).toBeGreaterThanOrEqual(0)
    await expect(banner).toContainText(movedAside[keptIndex]!.split(/[\\/]/).pop()!)
  })
})
