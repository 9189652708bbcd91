import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { LIMITS } from '../../../src/shared/story/limits'
import { openHarness, value, type Harness } from './harness'
import { fixture } from '../../shared/transfer/fixtures'

let h: Harness
afterEach(() => h?.close())

const vaultText = () => readFileSync(h.vault.path, 'utf8')

describe('transfer handlers', () => {
  it('previews a story matrix without saving, then imports it in one save', async () => {
    h = await openHarness('valid.json')
    const before = vaultText()
    const files = [fixture('story-matrix.csv')]
    const preview = value(await h.call('transfer:preview-import', { files }))
    expect(vaultText()).toBe(before)
    expect(preview).toMatchObject({
      canApply: true,
      totalStories: 3,
      summary: { added: 3, updated: 0, skipped: 0 },
    })
    expect(preview.files[0]?.columns?.find((c) => c.header === 'Ownership')?.target).toBe(
      'competency:ownership',
    )
    expect(preview.rows.map((r) => r.action)).toEqual(['add', 'add', 'add'])

    const applied = value(await h.call('transfer:apply-import', { files }))
    expect(applied).toMatchObject({ added: 3, updated: 0, skipped: 0 })
    expect(applied.ids).toHaveLength(3)
    expect(applied.snapshot.stories).toHaveLength(5)

    // The same file again changes nothing: every story is recognised as already there.
    const again = value(await h.call('transfer:apply-import', { files }))
    expect(again).toMatchObject({ added: 0, skipped: 3 })
  })

  it('uses the mapping chosen in the dialog', async () => {
    h = await openHarness()
    const files = [{ name: 'odd.csv', text: 'Heading,Body\nLaunch,We launched\n' }]
    const refused = await h.call('transfer:apply-import', { files })
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    const applied = value(
      await h.call('transfer:apply-import', { files, mappings: { 'odd.csv': ['title', 'action'] } }),
    )
    expect(applied.snapshot.stories).toMatchObject([{ title: 'Launch', action: 'We launched' }])
  })

  it('imports nothing when one record is invalid, and names record and field', async () => {
    h = await openHarness('valid.json')
    const before = vaultText()
    const result = await h.call('transfer:apply-import', { files: [fixture('invalid-record.json')] })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('invalid-input')
    expect(result.error.message).toBe(
      'Nothing was imported. Record 2 ("Bad year story"): Year — "someday" is not a year like 2023',
    )
    expect(vaultText()).toBe(before)
  })

  it('exports JSON, CSV and Markdown that import back as the same stories', async () => {
    h = await openHarness('valid.json')
    const stories = h.services.vault.current().stories
    for (const format of ['json', 'csv', 'markdown', 'markdown-bundle'] as const) {
      const { files } = value(await h.call('transfer:export', { format }))
      expect(files.length).toBeGreaterThan(0)
      const preview = value(await h.call('transfer:preview-import', { files }))
      expect(preview.errorLines).toEqual([])
      // Every exported story is recognised as the vault's own (same id, same content).
      expect(preview.summary).toEqual({ added: 0, updated: 0, skipped: stories.length })
    }
    const json = value(await h.call('transfer:export', { format: 'json' })).files[0]
    expect(JSON.parse(json?.text ?? '')).toEqual(h.services.vault.current())
  })

  it('refuses files over the size limit at the boundary', async () => {
    h = await openHarness()
    const text = 'x'.repeat(LIMITS.importBytes / 2 + 10)
    const result = await h.call('transfer:preview-import', {
      files: [
        { name: 'a.csv', text },
        { name: 'b.csv', text },
      ],
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'too-large' } })
    const raw = await h.callRaw('transfer:preview-import', [
      { files: [{ name: 'a.csv', text: 'x'.repeat(LIMITS.importBytes + 1) }] },
    ])
    expect(raw).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
  })

  it('never half-applies a broken import: the vault file is untouched or fully updated', async () => {
    h = await openHarness('valid.json')
    const base = fixture('plain-array.json').text
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: base.length }),
        fc.string({ unit: 'binary', maxLength: 3 }),
        async (at, insert) => {
          const before = h.services.vault.current().stories.length
          const beforeText = vaultText()
          const result = await h.call('transfer:apply-import', {
            files: [{ name: 'x.json', text: base.slice(0, at) + insert + base.slice(at) }],
          })
          if (!result.ok) {
            expect(vaultText()).toBe(beforeText)
          } else {
            const after = h.services.vault.current().stories.length
            expect(after).toBe(before + result.value.added)
          }
        },
      ),
      { numRuns: 40 },
    )
  })
})
