import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '../..')
let dir: string | undefined
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
})

describe('npm start without a display', () => {
  it('serves the app and tells the person to open the printed address', { timeout: 120_000 }, async () => {
    dir = mkdtempSync(join(tmpdir(), 'story-vault-start-'))
    const { DISPLAY: _display, WAYLAND_DISPLAY: _wayland, CI: _ci, ...env } = process.env
    const child = spawn(
      process.execPath,
      ['scripts/start.mjs', '--port', '0', '--vault', join(dir, 'vault.json')],
      {
        cwd: ROOT,
        env: { ...env, STORY_VAULT_NO_ELECTRON_DOWNLOAD: '1', XDG_CONFIG_HOME: dir },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    let out = ''
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()))
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()))
    try {
      const deadline = Date.now() + 110_000
      // The server's last start-up line; what it says about the browser comes right after it.
      while (!/Ctrl\+C to stop/.test(out) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      await new Promise((resolve) => setTimeout(resolve, 300))
      expect(out).toContain("Story Vault's own window cannot open here (no display")
      expect(out).not.toMatch(/^Opening/m)
      const address =
        /Open this address in your browser.*:\n {2}(http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)\n\(No browser was opened for you: no display found\.\)/.exec(
          out,
        )?.[1]
      expect(address, out).toBeDefined()
      expect((await fetch(address!)).status).toBe(200)
    } finally {
      child.kill('SIGTERM')
      await exited
    }
  })
})
