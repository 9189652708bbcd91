import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { demoStories } from '../../../src/shared/content'
import { CURRENT_SCHEMA_VERSION, VaultDocumentSchema } from '../../../src/shared/vault/document'
import { runCommand } from './run-helper'

const NOW = '2026-01-01T00:00:00.000Z'
let dir: string
let vaultPath: string
const stories = demoStories.map((s, i) => ({ ...s, id: `demo-${i}`, createdAt: NOW, updatedAt: NOW }))

const round = (id: string, name: string, principles: string[], extra = {}) => ({
  id,
  name,
  principles,
  ...extra,
})

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sv-cli-loop-'))
  vaultPath = join(dir, 'vault.json')
  const doc = VaultDocumentSchema.parse({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    onboarded: true,
    stories,
    loops: [
      {
        id: 'loop-amazon-1',
        company: 'Amazon',
        role: 'Staff engineer',
        level: 'staff',
        lens: 'amazon',
        createdAt: NOW,
        updatedAt: NOW,
        rounds: [
          round('r1', 'Hiring manager', ['ownership'], {
            at: '2099-05-01T10:00',
            picks: [{ competency: 'ownership', storyId: 'demo-0' }],
          }),
          round('r2', 'Bar raiser', [], {
            focus: 'Ownership, Dive Deep',
            picks: [{ competency: 'ownership', storyId: 'demo-0' }],
          }),
        ],
      },
      { id: 'loop-old', company: 'Globex', archived: true, createdAt: NOW, updatedAt: NOW, rounds: [] },
    ],
  })
  writeFileSync(vaultPath, JSON.stringify(doc))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('story-vault loop', () => {
  it('lists open loops with the next round, as text and JSON', async () => {
    const text = await runCommand(['loop', 'list', '--vault', vaultPath])
    expect(text.code).toBe(0)
    expect(text.stdout).toContain('Amazon — Staff engineer  2 rounds, next: Hiring manager in ')
    expect(text.stdout).not.toContain('Globex')
    const json = await runCommand(['loop', 'list', '--json', '--all', '--vault', vaultPath])
    const rows = JSON.parse(json.stdout) as Array<{ id: string; nextRound: { name: string } | null }>
    expect(rows.map((r) => r.id)).toEqual(['loop-amazon-1', 'loop-old'])
    expect(rows[0]?.nextRound?.name).toBe('Hiring manager')
  })

  it('shows rounds, plan and warnings; a short id prefix is enough', async () => {
    const run = await runCommand(['loop', 'show', 'loop-am', '--json', '--vault', vaultPath])
    expect(run.stderr).toBe('')
    const shown = JSON.parse(run.stdout) as {
      rounds: Array<{ number: number; plan: Array<{ competency: string; story: { id: string } | null }> }>
      warnings: Array<{ kind: string }>
    }
    expect(shown.rounds.map((r) => r.number)).toEqual([1, 2])
    expect(shown.rounds[1]?.plan.map((p) => p.competency)).toEqual(['ownership', 'ambiguity'])
    expect(shown.warnings.map((w) => w.kind)).toContain('duplicate')
    const text = await runCommand(['loop', 'show', 'loop-amazon-1', '--vault', vaultPath])
    expect(text.stdout).toContain('Round 2: Bar raiser')
    expect(text.stdout).toMatch(/! .* is planned in Hiring manager and Bar raiser/)
  })

  it('writes a round cheat sheet with the planned stories', async () => {
    const html = join(dir, 'round.html')
    const run = await runCommand([
      'loop',
      'cheatsheet',
      'loop-amazon-1',
      '--round',
      '2',
      '--html',
      html,
      '--vault',
      vaultPath,
    ])
    expect(run.code).toBe(0)
    const page = readFileSync(html, 'utf8')
    expect(page).toContain(stories[0]?.title.replace(/&/g, '&amp;') ?? '')
    expect(page).toContain('Dive Deep')
  })

  it('prints a round cheat sheet to PDF holding the planned stories', { timeout: 60_000 }, async () => {
    const pdf = join(dir, 'round.pdf')
    const run = await runCommand([
      'loop',
      'cheatsheet',
      'loop-am',
      '--round',
      '1',
      '--pdf',
      pdf,
      '--vault',
      vaultPath,
    ])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
    const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(pdf)) }).promise
    const content = await (await doc.getPage(1)).getTextContent()
    // pdf.js splits words at ligatures ("Sta" "ff"): compare without any spacing.
    const squash = (t: string) => t.replace(/\s+/g, '')
    const text = squash(content.items.map((item) => ('str' in item ? item.str : '')).join(''))
    await doc.destroy()
    expect(text).toContain(squash(stories[0]?.title ?? '?'))
    expect(text).toContain(squash('Amazon · Hiring manager'))
  })

  it('explains usage mistakes with exit code 2', async () => {
    for (const args of [
      ['loop'],
      ['loop', 'nope'],
      ['loop', 'show'],
      ['loop', 'show', 'zzz'],
      ['loop', 'cheatsheet', 'loop-amazon-1', '--round', '9', '--html', join(dir, 'x.html')],
      ['loop', 'cheatsheet', 'loop-amazon-1', '--round', '1'],
    ]) {
      const run = await runCommand([...args, '--vault', vaultPath])
      expect(run.code, args.join(' ')).toBe(2)
      expect(run.stderr.length).toBeGreaterThan(0)
    }
  })
})
