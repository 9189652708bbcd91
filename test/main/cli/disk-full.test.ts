import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { runCli } from '../../../src/main/cli/run'
import { tempVault, type TempVault } from '../vault/helpers'

const disk = vi.hoisted(() => ({ full: false }))

// A disk that fills up after the vault was written: new files (the save's temp file, backups) fail.
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>()
  const enospc = (path: unknown) =>
    Object.assign(new Error('ENOSPC: no space left on device, write'), {
      code: 'ENOSPC',
      path: String(path),
    })
  const open: typeof actual.open = async (path, flags, mode) => {
    if (disk.full && flags === 'w') throw enospc(path)
    return actual.open(path, flags, mode)
  }
  const copyFile: typeof actual.copyFile = async (from, to, mode) => {
    if (disk.full) throw enospc(to)
    return actual.copyFile(from, to, mode)
  }
  const mocked = { ...actual, open, copyFile }
  return { ...mocked, default: mocked }
})

let vault: TempVault
afterEach(() => {
  disk.full = false
  vault?.cleanup()
})

async function importOnFullDisk(extra: string[]) {
  vault = tempVault('valid.json')
  const file = join(vault.dir, 'new.json')
  writeFileSync(file, JSON.stringify([{ title: 'Shipped the search rewrite' }]))
  const before = readFileSync(vault.path, 'utf8')
  disk.full = true
  // What would reach the terminal besides our stderr: the store's own warnings.
  const consoleLines: unknown[] = []
  const warn = vi.spyOn(console, 'warn').mockImplementation((...parts) => consoleLines.push(...parts))
  const error = vi.spyOn(console, 'error').mockImplementation((...parts) => consoleLines.push(...parts))
  let stderr = ''
  const debugged: unknown[] = []
  const code = await runCli([...extra, '--vault', vault.path, 'import', file], {
    stdout: () => undefined,
    stderr: (text) => (stderr += text),
    env: {},
    cwd: '/',
    debugLog: (...parts) => debugged.push(...parts),
  })
  warn.mockRestore()
  error.mockRestore()
  expect(readFileSync(vault.path, 'utf8')).toBe(before)
  return { code, stderr, debugged, consoleLines }
}

describe('CLI on a full disk', () => {
  it('prints one plain line and no stack trace', async () => {
    const run = await importOnFullDisk([])
    expect(run.code).toBe(1)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(run.stderr).toMatch(/^story-vault: The disk is full.*Nothing was lost/)
    expect(run.debugged).toEqual([])
    expect(run.consoleLines).toEqual([])
  })

  it('shows the warnings and the stack with --debug', async () => {
    const run = await importOnFullDisk(['--debug'])
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    const logged = run.debugged.map((part) => (part instanceof Error ? part.stack : String(part)))
    expect(logged.join('\n')).toMatch(/backup failed[\s\S]*ENOSPC[\s\S]*\n\s+at /)
  })
})
