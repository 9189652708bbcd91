import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import {
  _electron,
  test as base,
  expect,
  type Browser,
  type ElectronApplication,
  type Page,
} from '@playwright/test'

export { expect }

const ROOT = resolve(__dirname, '..')

export interface AppHostOptions {
  /** Which shell the project drives: Chromium against the browser host, or the Electron app. */
  appHost: 'browser-host' | 'electron'
  /** Text written to the vault file before the first launch (e.g. a corrupt vault); undefined: no file. */
  seedVault: string | undefined
}

export interface StoryVaultApp {
  /** The app's page; replaced on restart in Electron, navigated again in the browser host. */
  readonly page: Page
  readonly vaultPath: string
  /** Fresh folder for this test; the vault and its backups live here. */
  readonly dataDir: string
  /** Browser host only: the address the server printed, with its ?token=. */
  readonly serverUrl: string | undefined
  /** Electron only: the running application, for electronApp.evaluate(). */
  readonly electronApp: ElectronApplication | undefined
  /** Closes and relaunches the same host or app on the same vault, then reloads the page. */
  restart(): Promise<void>
}

interface Launched {
  page: Page
  /** What the host process printed, attached to a failing test. */
  log(): string
  serverUrl?: string
  electronApp?: ElectronApplication
  close(): Promise<void>
}

const URL_PATTERN = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/

/** The downloaded Electron executable, found without requiring 'electron' (which would try to download it). */
function electronBinary(): string | undefined {
  const pathFile = join(ROOT, 'node_modules/electron/path.txt')
  if (!existsSync(pathFile)) return undefined
  const binary = join(ROOT, 'node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary) ? binary : undefined
}

function whyElectronCannotRun(): string | undefined {
  if (!electronBinary())
    return 'Electron binary not installed (no network to fetch it); run `npx install-electron`'
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return 'no display for Electron (DISPLAY unset); run under `xvfb-run -a`'
  }
  return undefined
}

/** Starts `story-vault serve` as a child process (as a person would) and waits for the printed URL. */
async function startServe(
  vaultPath: string,
): Promise<{ url: string; child: ChildProcess; log: () => string }> {
  const cli = existsSync(join(ROOT, 'bin/story-vault.mjs')) ? 'bin/story-vault.mjs' : 'out/main/cli.js'
  const child = spawn(process.execPath, [cli, 'serve', '--no-open', '--port', '0', '--vault', vaultPath], {
    cwd: ROOT,
    env: { ...process.env, STORY_VAULT_PATH: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve printed no URL within 20 s:\n${output}`)), 20_000)
    const onData = (chunk: Buffer): void => {
      output += chunk.toString()
      const match = URL_PATTERN.exec(output)
      if (match) {
        clearTimeout(timer)
        resolveUrl(match[0])
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`serve exited (${code}) before printing a URL:\n${output}`))
    })
  })
  child.removeAllListeners('exit')
  return { url, child, log: () => output }
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((done) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000)
    child.once('exit', () => {
      clearTimeout(force)
      done()
    })
    child.kill('SIGTERM')
  })
}

async function launchBrowserHost(browser: Browser, vaultPath: string, page?: Page): Promise<Launched> {
  const { url, child, log } = await startServe(vaultPath)
  const target = page ?? (await (await browser.newContext()).newPage())
  await target.goto(url)
  return { page: target, serverUrl: url, log, close: () => stopChild(child) }
}

async function launchElectron(vaultPath: string, dataDir: string): Promise<Launched> {
  const electronApp = await _electron.launch({
    executablePath: electronBinary(),
    args: ['.', '--vault', vaultPath, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
    cwd: ROOT,
    // A private userData folder keeps the test away from the person's real vault and settings.
    env: {
      ...process.env,
      STORY_VAULT_PATH: '',
      ELECTRON_RENDERER_URL: '',
      XDG_CONFIG_HOME: dataDir,
      STORY_VAULT_USER_DATA: join(dataDir, 'electron-user-data'),
    },
  })
  let output = ''
  electronApp.process().stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  electronApp.process().stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  try {
    const page = await electronApp.firstWindow()
    await page.waitForLoadState('domcontentloaded')
    return { page, electronApp, log: () => output, close: () => electronApp.close() }
  } catch (error) {
    // No window (a crash at start): do not leave the app running, and show what it printed.
    await electronApp.close().catch(() => undefined)
    throw new Error(`Electron opened no window: ${String(error)}\n${output}`)
  }
}

export const test = base.extend<
  AppHostOptions & { app: StoryVaultApp },
  { sharedBrowser: () => Promise<Browser> }
>({
  appHost: ['browser-host', { option: true }],
  seedVault: [undefined, { option: true }],

  // Launched on first use only, so the Electron project never starts a Chromium it does not need.
  sharedBrowser: [
    async ({ playwright, launchOptions }, use) => {
      let browser: Promise<Browser> | undefined
      await use(() => (browser ??= playwright.chromium.launch(launchOptions)))
      if (browser) await (await browser).close()
    },
    { scope: 'worker' },
  ],

  app: async ({ appHost, seedVault, sharedBrowser }, use, testInfo) => {
    if (appHost === 'electron') {
      const reason = whyElectronCannotRun()
      test.skip(reason !== undefined, reason)
    }
    const dataDir = await mkdtemp(join(tmpdir(), 'story-vault-e2e-'))
    const vaultPath = join(dataDir, 'vault.json')
    if (seedVault !== undefined) await writeFile(vaultPath, seedVault)

    const launch = async (previous?: Launched): Promise<Launched> =>
      appHost === 'electron'
        ? launchElectron(vaultPath, dataDir)
        : launchBrowserHost(await sharedBrowser(), vaultPath, previous?.page)
    let current = await launch()

    const app: StoryVaultApp = {
      get page() {
        return current.page
      },
      vaultPath,
      dataDir,
      get serverUrl() {
        return current.serverUrl
      },
      get electronApp() {
        return current.electronApp
      },
      async restart() {
        await current.close()
        current = await launch(current)
      },
    }
    try {
      await use(app)
    } finally {
      if (testInfo.status !== testInfo.expectedStatus) {
        await testInfo.attach('app output', { body: current.log(), contentType: 'text/plain' })
      }
      await current.close()
      if (appHost === 'browser-host') await current.page.context().close()
      await rm(dataDir, { recursive: true, force: true })
    }
  },
})
