import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { tempVault, type TempVault } from './helpers'

const failures = vi.hoisted(() => ({ rename: [] as string[] }))

// Simulates a virus scanner or sync client holding the file for a moment.
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>()
  return {
    ...actual,
    rename: async (from: string, to: string) => {
      const code = failures.rename.shift()
      if (code) throw Object.assign(new Error(`${code}: simulated`), { code })
      return actual.rename(from, to)
    },
  }
})

const { writeFileAtomic } = await import('../../../src/main/vault/atomic-file')

let vault: TempVault
afterEach(() => {
  failures.rename = []
  vault?.cleanup()
})

describe('writeFileAtomic retries', () => {
  it('retries transient lock errors and then succeeds', async () => {
    vault = tempVault()
    failures.rename = ['EBUSY', 'EPERM', 'EACCES']
    await writeFileAtomic(vault.path, 'saved')
    expect(readFileSync(vault.path, 'utf8')).toBe('saved')
    expect(failures.rename).toEqual([])
  })

  it('gives up after a few attempts and leaves no temp file', async () => {
    vault = tempVault()
    failures.rename = Array.from({ length: 10 }, () => 'EBUSY')
    await expect(writeFileAtomic(vault.path, 'never')).rejects.toMatchObject({ code: 'EBUSY' })
    const { readdirSync } = await import('node:fs')
    expect(readdirSync(vault.dir)).toEqual([])
  })

  it('does not retry errors that will not go away', async () => {
    vault = tempVault()
    failures.rename = ['ENOSPC', 'EBUSY']
    await expect(writeFileAtomic(vault.path, 'x')).rejects.toMatchObject({ code: 'ENOSPC' })
    expect(failures.rename).toEqual(['EBUSY'])
  })
})
