import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { runCli } from '../../../src/main/cli/run'
import { terminalSafe } from '../../../src/main/cli/terminal-text'
import { tempVault, type TempVault } from '../vault/helpers'
import { runCommand } from './run-helper'

// ESC + a "clear screen" sequence, a NUL, and a right-to-left override that would show "gpj.exe" reversed.
const HOSTILE = 'Led the \u001b[2Jmigration\u0000 of \u202Eexe.gpj\u202C files'
const SHOWN = 'Led the \\u001b[2Jmigration\\u0000 of \\u202eexe.gpj\\u202c files'
// eslint-disable-next-line no-control-regex -- the test looks for exactly these characters
const TERMINAL_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/

let vault: TempVault
afterEach(() => vault?.cleanup())

async function vaultWithHostileTitle(): Promise<TempVault> {
  const made = tempVault()
  const file = join(made.dir, 'import.json')
  writeFileSync(file, JSON.stringify([{ title: HOSTILE, situation: 'A note\twith a tab.' }]))
  const imported = await runCommand(['--vault', made.path, 'import', file])
  expect(imported.code).toBe(0)
  return made
}

describe('terminalSafe', () => {
  it('shows control and bidi characters as \\u escapes and keeps tab, newline and other text', () => {
    expect(terminalSafe(HOSTILE)).toBe(SHOWN)
    expect(terminalSafe('a\tb\nc — é 😀 עברית')).toBe('a\tb\nc — é 😀 עברית')
    expect(terminalSafe('\r\u007f\u0085\u2028\u2067')).toBe('\\u000d\\u007f\\u0085\\u2028\\u2067')
  })
})

describe('CLI output', () => {
  it('list prints an imported title with its control characters escaped', async () => {
    vault = await vaultWithHostileTitle()
    const run = await runCommand(['--vault', vault.path, 'list'])
    expect(run.code).toBe(0)
    expect(run.stdout).not.toMatch(TERMINAL_CONTROLS)
    expect(run.stdout).toContain(SHOWN)
  })

  it('list --json stays valid JSON that parses back to the exact stored title', async () => {
    vault = await vaultWithHostileTitle()
    const run = await runCommand(['--vault', vault.path, 'list', '--json'])
    expect(run.stdout).not.toMatch(TERMINAL_CONTROLS)
    expect((JSON.parse(run.stdout) as Array<{ title: string }>)[0]?.title).toBe(HOSTILE)
  })

  it('escapes what error messages quote, too', async () => {
    vault = tempVault()
    const run = await runCommand(['--vault', vault.path, 'no\u001b]0;owned\u0007such'])
    expect(run.code).toBe(2)
    expect(run.stderr).not.toMatch(TERMINAL_CONTROLS)
    expect(run.stderr).toContain('no\\u001b]0;owned\\u0007such')
  })

  it('export to a pipe keeps the data byte for byte; to a terminal it is escaped', async () => {
    vault = await vaultWithHostileTitle()
    const exportTo = async (stdoutIsTerminal: boolean) => {
      let stdout = ''
      const code = await runCli(['--vault', vault.path, 'export', '--format', 'csv'], {
        stdout: (text) => (stdout += text),
        stderr: () => undefined,
        env: {},
        cwd: '/',
        stdoutIsTerminal,
      })
      expect(code).toBe(0)
      return stdout
    }
    expect(await exportTo(false)).toContain(HOSTILE)
    const shown = await exportTo(true)
    expect(shown).not.toMatch(TERMINAL_CONTROLS)
    expect(shown).toContain(SHOWN)
  })
})
