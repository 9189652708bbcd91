import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { AtomicJsonFile, writeFileAtomic } from '../../../src/main/vault/atomic-file'
import { tempVault, type TempVault } from './helpers'

let vault: TempVault
afterEach(() => vault?.cleanup())

describe('AtomicJsonFile', () => {
  it('resolves each write only once that exact content is on disk, in call order', async () => {
    vault = tempVault()
    const file = new AtomicJsonFile<{ n: number }>(vault.path, {
      parse: (t) => JSON.parse(t) as { n: number },
    })
    const seen: number[] = []
    const writes = Array.from({ length: 12 }, (_, n) =>
      file.write({ n }).then(() => {
        seen.push((JSON.parse(readFileSync(vault.path, 'utf8')) as { n: number }).n)
      }),
    )
    await Promise.all(writes)
    expect(seen).toEqual(Array.from({ length: 12 }, (_, n) => n))
  })

  it('stores what was passed even if the caller changes the object afterwards', async () => {
    vault = tempVault()
    const file = new AtomicJsonFile<{ n: number }>(vault.path, {
      parse: (t) => JSON.parse(t) as { n: number },
    })
    const data = { n: 1 }
    const pending = file.write(data)
    data.n = 2
    await pending
    expect(await file.read()).toEqual({ n: 1 })
  })

  it('reports the written text and leaves no temp files behind', async () => {
    vault = tempVault()
    const texts: string[] = []
    const file = new AtomicJsonFile(vault.path, { parse: JSON.parse, onWritten: (t) => texts.push(t) })
    await file.write({ a: 1 })
    expect(texts).toEqual([readFileSync(vault.path, 'utf8')])
    expect(readdirSync(vault.dir)).toEqual(['vault.json'])
  })

  it('writes compact JSON (a large vault is a third smaller and faster to save) that reads back whole', async () => {
    vault = tempVault()
    const file = new AtomicJsonFile(vault.path, { parse: JSON.parse })
    const data = { stories: [{ id: 'a', title: 'Moved billing', tags: ['db', 'migration'] }] }
    await file.write(data)
    expect(readFileSync(vault.path, 'utf8')).toBe(`${JSON.stringify(data)}\n`)
    expect(await file.read()).toEqual(data)
  })

  it('reads null for a missing file', async () => {
    vault = tempVault()
    const file = new AtomicJsonFile(vault.path, { parse: JSON.parse })
    expect(await file.read()).toBeNull()
  })

  it('fails cleanly when the folder is missing and keeps later writes working', async () => {
    vault = tempVault()
    await expect(writeFileAtomic(join(vault.dir, 'missing', 'v.json'), '{}')).rejects.toThrow(/ENOENT/)
    expect(readdirSync(vault.dir)).toEqual([])
    const file = new AtomicJsonFile(join(vault.dir, 'missing', 'v.json'), { parse: JSON.parse })
    await expect(file.write({})).rejects.toThrow()
    const ok = new AtomicJsonFile(vault.path, { parse: JSON.parse })
    await ok.write({ fine: true })
    expect(await ok.read()).toEqual({ fine: true })
  })
})
