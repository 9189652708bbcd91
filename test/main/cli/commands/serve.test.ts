import { createServer } from 'node:net'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runServe, type ServeIo } from '../../../../src/main/cli/commands/serve'
import { openInBrowser, whyNotOpenBrowser } from '../../../../src/main/host/open-browser'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'story-vault-serve-'))
})
afterEach(() => rm(dir, { recursive: true, force: true }))

function io(stop: Promise<void> = new Promise(() => undefined)) {
  const out: string[] = []
  const err: string[] = []
  const value: ServeIo = {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    env: { CI: 'true' },
    platform: 'linux',
    vaultPath: join(dir, 'vault.json'),
    rendererDir: dir,
    stopSignal: stop,
  }
  return { io: value, out, err }
}

async function waitFor<T>(probe: () => T | undefined): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const value = probe()
    if (value !== undefined) return value
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  throw new Error('timed out')
}

describe('story-vault serve', () => {
  it('prints a working URL with its token, serves the vault, and stops cleanly', async () => {
    let stop!: () => void
    const { io: serveIo, out } = io(new Promise((resolve) => (stop = resolve)))
    const running = runServe(['--no-open', '--port', '0'], serveIo)
    const url = await waitFor(() => out.join('\n').match(/http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/)?.[0])
    const { origin, searchParams } = new URL(url)
    const response = await fetch(`${origin}/api/invoke/vault:open`, {
      method: 'POST',
      headers: { 'X-Story-Vault-Token': searchParams.get('token') ?? '' },
      body: '{"args":[]}',
    })
    expect(await response.json()).toMatchObject({ ok: true, value: { path: join(dir, 'vault.json') } })
    stop()
    await expect(running).resolves.toBe(0)
    expect(out.at(-1)).toMatch(/stopped/)
    await expect(fetch(`${origin}/`)).rejects.toThrow()
  })

  it('rejects a bad port or an unknown option with usage (exit 2)', async () => {
    for (const args of [['--port', 'eighty'], ['--port', '70000'], ['--colour']]) {
      const { io: serveIo, err } = io()
      await expect(runServe(args, serveIo)).resolves.toBe(2)
      expect(err.join('\n')).toContain('Usage: story-vault serve')
    }
  })

  it('explains a port that is already taken (exit 1)', async () => {
    const blocker = createServer()
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve))
    const port = (blocker.address() as { port: number }).port
    const { io: serveIo, err } = io()
    await expect(runServe(['--port', String(port), '--no-open'], serveIo)).resolves.toBe(1)
    expect(err.join('\n')).toContain(`Port ${port} is already in use`)
    await new Promise((resolve) => blocker.close(resolve))
  })

  it('refuses a file that is not a vault, says so plainly, and leaves it alone (exit 1)', async () => {
    const { io: serveIo, err } = io()
    const text = '{"name": "my-app", "version": "1.0.0"}\n'
    await writeFile(serveIo.vaultPath, text)
    await expect(runServe(['--no-open'], serveIo)).resolves.toBe(1)
    expect(err.join('\n')).toMatch(/^\S+vault\.json is not a Story Vault file\./)
    expect(await readFile(serveIo.vaultPath, 'utf8')).toBe(text)
  })
})

describe('whyNotOpenBrowser', () => {
  it('does not open a browser in CI or without a display on Linux', () => {
    expect(whyNotOpenBrowser({ CI: '1', DISPLAY: ':0' }, 'linux')).toBe('running in CI')
    expect(whyNotOpenBrowser({}, 'linux')).toBe('no display found')
    expect(whyNotOpenBrowser({ WAYLAND_DISPLAY: 'wayland-0' }, 'linux')).toBeUndefined()
    expect(whyNotOpenBrowser({}, 'darwin')).toBeUndefined()
  })
})

describe('when no browser can be opened', () => {
  const ADDRESS = /^ {2}http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+$/

  async function serveUntilOutput(overrides: Partial<ServeIo>, until: RegExp): Promise<string[]> {
    let stop!: () => void
    const { io: serveIo, out } = io(new Promise((resolve) => (stop = resolve)))
    const running = runServe(['--port', '0'], { ...serveIo, ...overrides })
    await waitFor(() => (out.some((line) => until.test(line)) ? true : undefined))
    stop()
    await running
    return out
  }

  it('without a display, prints the address with the instruction to open it', async () => {
    const opened: string[] = []
    const out = await serveUntilOutput(
      { env: {}, platform: 'linux', openBrowser: (url) => opened.push(url) },
      /No browser was opened/,
    )
    const at = out.indexOf('Open this address in your browser (it includes the key for this session):')
    expect(at).toBeGreaterThan(-1)
    expect(out[at + 1]).toMatch(ADDRESS)
    expect(out[at + 2]).toBe('(No browser was opened for you: no display found.)')
    expect(opened).toEqual([])
  })

  it('when opening fails (xdg-open finds no browser), prints the same instruction', async () => {
    const out = await serveUntilOutput(
      {
        env: { DISPLAY: ':0' },
        platform: 'linux',
        openBrowser: (_url, onFailure) =>
          setTimeout(() => onFailure('xdg-open found no browser to open'), 10),
      },
      /No browser was opened/,
    )
    expect(out).toContain('Opening it in your browser…')
    const at = out.indexOf('Open this address in your browser (it includes the key for this session):')
    expect(out[at + 1]).toMatch(ADDRESS)
    expect(out[at + 2]).toBe('(No browser was opened for you: xdg-open found no browser to open.)')
  })
})

describe('openInBrowser', () => {
  it('reports a command that exits with an error, and one that is missing', async () => {
    const failures: string[] = []
    await new Promise<void>((resolve) => {
      openInBrowser('http://127.0.0.1:1/', 'linux', (why) => (failures.push(why), resolve()), ['false', []])
    })
    await new Promise<void>((resolve) => {
      openInBrowser('http://127.0.0.1:1/', 'linux', (why) => (failures.push(why), resolve()), [
        '/nonexistent/xdg-open',
        [],
      ])
    })
    expect(failures).toEqual([
      'false found no browser to open (exit code 1)',
      '/nonexistent/xdg-open could not be run',
    ])
  })
})
