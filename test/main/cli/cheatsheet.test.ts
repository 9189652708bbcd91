import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { demoStories } from '../../../src/shared/content'
import { CURRENT_SCHEMA_VERSION, VaultDocumentSchema } from '../../../src/shared/vault/document'
import { runCommand } from './run-helper'

const NOW = '2026-01-01T00:00:00.000Z'
let dir: string
let vaultPath: string

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sv-cli-sheet-'))
  vaultPath = join(dir, 'vault.json')
  const doc = VaultDocumentSchema.parse({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    onboarded: true,
    stories: demoStories.map((s, i) => ({ ...s, id: `demo-${i}`, createdAt: NOW, updatedAt: NOW })),
    sheets: [
      {
        id: 'saved-1',
        company: 'Globex',
        role: 'Principal',
        level: 'principal',
        competencies: ['growth'],
        updatedAt: NOW,
      },
    ],
  })
  writeFileSync(vaultPath, JSON.stringify(doc))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('story-vault cheatsheet', () => {
  it('writes a one-page PDF and the HTML for the chosen competencies', { timeout: 30_000 }, async () => {
    const pdf = join(dir, 'sheet.pdf')
    const html = join(dir, 'sheet.html')
    const run = await runCommand([
      'cheatsheet',
      '--vault',
      vaultPath,
      '--competencies',
      'ownership,failure,customer',
      '--paper',
      'letter',
      '--company',
      'Acme',
      '--pdf',
      pdf,
      '--html',
      html,
    ])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('3 of 3 areas have a story.')
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-')
    const page = readFileSync(html, 'utf8')
    expect(page).toContain('@page { size: letter;')
    expect(page.match(/<article class="sv-entry/g)).toHaveLength(3)
    expect(page).toContain('<h1>Acme</h1>')
  })

  it('starts from a saved sheet and reports areas without a story', async () => {
    const html = join(dir, 'saved.html')
    const run = await runCommand(['cheatsheet', '--vault', vaultPath, '--sheet', 'saved-1', '--html', html])
    expect(run.code).toBe(0)
    expect(readFileSync(html, 'utf8')).toContain('Principal at Globex')
    const none = await runCommand(['cheatsheet', '--vault', vaultPath, '--sheet', 'nope', '--html', html])
    expect(none.code).toBe(2)
    expect(none.stderr).toContain('There is no saved cheat sheet "nope". Saved: saved-1 (Globex).')
  })

  it('says how to get Chromium, still writes the HTML, and exits non-zero', async () => {
    const pdf = join(dir, 'sheet.pdf')
    const html = join(dir, 'sheet.html')
    const run = await runCommand(['cheatsheet', '--vault', vaultPath, '--pdf', pdf, '--html', html], {
      CHROMIUM_PATH: join(dir, 'no-chromium-here'),
    })
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(
      /PDF export needs Chromium: .*apt-get install chromium.*npx playwright install chromium/,
    )
    expect(existsSync(html)).toBe(true)
    expect(existsSync(pdf)).toBe(false)
  })

  it('rejects unknown competencies, layouts and a missing output', async () => {
    const html = join(dir, 'x.html')
    const cases = [
      ['--competencies', 'telepathy', '--html', html],
      ['--layout', 'poster', '--html', html],
      ['--level', 'wizard', '--html', html],
      ['--level', 'staff'],
    ]
    for (const args of cases) {
      const run = await runCommand(['cheatsheet', '--vault', vaultPath, ...args])
      expect(run.code, args.join(' ')).toBe(2)
    }
    expect(existsSync(html)).toBe(false)
  })
})
