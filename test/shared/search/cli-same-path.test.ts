import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../../src/main/cli/run'
import { buildSearchIndex } from '../../../src/shared/search/index'
import { toSearchJson } from '../../../src/shared/search/output'
import { searchStories } from '../../../src/shared/search/rank'
import { fixtureStories } from './fixtures'

function writeVault(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sv-search-'))
  const path = join(dir, 'vault.json')
  const stamp = '2026-01-01T00:00:00.000Z'
  const stories = fixtureStories.map((s) => ({ ...s, createdAt: stamp, updatedAt: stamp }))
  writeFileSync(
    path,
    JSON.stringify({
      schemaVersion: 1,
      onboarded: true,
      settings: { targetLevel: 'principal' },
      stories,
      sheets: [],
    }),
  )
  return path
}

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const code = await runCli(args, {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    env: {},
    cwd: tmpdir(),
  })
  return { code, out, err }
}

describe('story-vault search', () => {
  const vault = writeVault()
  const question = 'Tell me about a time you disagreed with your director'

  it('ranks with the same code as the app (searchStories over buildSearchIndex)', async () => {
    const { code, out } = await cli(['search', question, '--json', '--limit', '4', '--vault', vault])
    expect(code).toBe(0)
    const expected = toSearchJson(
      searchStories(buildSearchIndex(fixtureStories), question, { level: 'principal', limit: 4 }),
      'principal',
    )
    // With no linked questions in the vault, every result says so (`linkedQuestion: null`).
    const withLinks = { ...expected, results: expected.results.map((r) => ({ ...r, linkedQuestion: null })) }
    expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(withLinks)))
  })

  it('defaults to the vault’s target level and takes --level', async () => {
    expect(JSON.parse((await cli(['search', question, '--json', '--vault', vault])).out).level).toBe(
      'principal',
    )
    expect(
      JSON.parse((await cli(['search', question, '--json', '--level', 'senior', '--vault', vault])).out)
        .level,
    ).toBe('senior')
  })

  it('prints a numbered list with reasons for people', async () => {
    const { out } = await cli(['search', question, '--vault', vault])
    expect(out).toMatch(/^1\. Pushed back on my director/m)
    expect(out).toMatch(/^ {3}- Shows/m)
  })

  it('answers a questions file with one JSON line per question', async () => {
    const file = join(tmpdir(), `sv-questions-${process.pid}.txt`)
    writeFileSync(file, 'Tell me about a database migration\n\nHow do you handle ambiguity?\n')
    const { code, out } = await cli(['search', '--questions-file', file, '--vault', vault])
    expect(code).toBe(0)
    const lines = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { question: string; results: Array<{ id: string }> })
    expect(lines.map((l) => l.question)).toEqual([
      'Tell me about a database migration',
      'How do you handle ambiguity?',
    ])
    expect(lines[0]?.results[0]?.id).toBe('oracle-billing')
  })

  it('takes --competency (repeatable) in place of the guessed competencies', async () => {
    const { code, out } = await cli([
      'search',
      'Tell me about a time.',
      '--json',
      '--competency',
      'customer',
      '--competency',
      'growth',
      '--vault',
      vault,
    ])
    expect(code).toBe(0)
    const json = JSON.parse(out) as { competencies: Array<{ id: string }>; results: Array<{ id: string }> }
    expect(json.competencies.map((c) => c.id)).toEqual(['customer', 'growth'])
    expect(['refund-support', 'rust-pipeline']).toContain(json.results[0]?.id)
    const bad = await cli(['search', question, '--competency', 'charisma', '--vault', vault])
    expect(bad.code).toBe(2)
    expect(bad.err).toMatch(/Unknown competency charisma/)
  })

  it('rejects a bad level or a missing question with a usage error', async () => {
    expect((await cli(['search', question, '--level', 'wizard', '--vault', vault])).code).toBe(2)
    expect((await cli(['search', '--vault', vault])).code).toBe(2)
  })
})
