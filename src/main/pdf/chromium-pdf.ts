import type { Browser, LaunchOptions } from 'playwright-core'
import { AppFailure } from '../../shared/contract/result'
import type { PdfOptions } from '../features/services'
import { pdfLaunchPlan, runningAsRoot } from './chromium-args'
import { findChromium, HOW_TO_GET_CHROMIUM } from './find-chromium'
import { fitOnePage } from './fit-page'

export class ChromiumMissingError extends AppFailure {
  constructor(why: string) {
    super('unavailable', `PDF export needs Chromium: ${why} ${HOW_TO_GET_CHROMIUM}`)
  }
}

export interface ChromiumPdfRenderer {
  render(html: string, options: PdfOptions): Promise<Uint8Array>
  close(): Promise<void>
}

export interface ChromiumPdfOptions {
  env?: NodeJS.ProcessEnv
  /** Close the browser after this long unused; the next render starts it again. */
  idleMs?: number
  /** Defaults to whether this process runs as root. */
  isRoot?: boolean
  /** Starts the browser (Playwright's chromium.launch); replaced in tests. */
  launchBrowser?: (options: LaunchOptions) => Promise<Browser>
  /** Where the one line about running without the sandbox goes. */
  log?: (message: string) => void
}

/**
 * Renders self-contained HTML to PDF in a local headless Chromium: JavaScript off, every request
 * refused, so the sheet cannot fetch or leak anything. The browser is started on first use and reused.
 */
export function createChromiumPdfRenderer(options: ChromiumPdfOptions = {}): ChromiumPdfRenderer {
  const idleMs = options.idleMs ?? 60_000
  let browser: Promise<Browser> | undefined
  let idleTimer: NodeJS.Timeout | undefined
  let active = 0
  // Once a sandboxed start has failed here, later restarts (after idling) go straight to the retry.
  let sandboxFailed = false

  async function launch(): Promise<Browser> {
    // Loaded only when a PDF is made: playwright-core takes about a second to load.
    const { chromium } = await import('playwright-core')
    const location = findChromium(options.env ?? process.env, chromium)
    if (!location) {
      const custom = options.env?.CHROMIUM_PATH ?? process.env.CHROMIUM_PATH
      throw new ChromiumMissingError(
        custom
          ? `CHROMIUM_PATH points at ${custom}, which does not exist.`
          : 'none was found on this computer.',
      )
    }
    const start = options.launchBrowser ?? ((launch: LaunchOptions) => chromium.launch(launch))
    const log = options.log ?? ((message: string) => console.warn(message))
    let firstError: unknown
    const plan = pdfLaunchPlan(options.isRoot ?? runningAsRoot())
    for (const attempt of plan.filter((a) => !(sandboxFailed && a.sandbox))) {
      try {
        const browser = await start({
          executablePath: location.path,
          args: attempt.args,
          chromiumSandbox: attempt.sandbox,
          headless: true,
        })
        if (attempt.why) log(`[story-vault] PDF export runs Chromium without its sandbox: ${attempt.why}.`)
        return browser
      } catch (error) {
        firstError ??= error
        if (attempt.sandbox) sandboxFailed = true
      }
    }
    const first = (firstError as Error).message.split('\n')[0] ?? ''
    throw new ChromiumMissingError(`the one at ${location.path} would not start (${first}).`)
  }

  async function close(): Promise<void> {
    clearTimeout(idleTimer)
    const current = browser
    browser = undefined
    if (current) await (await current.catch(() => undefined))?.close()
  }

  function scheduleIdleClose(): void {
    clearTimeout(idleTimer)
    if (active > 0) return
    idleTimer = setTimeout(() => void close(), idleMs)
    idleTimer.unref()
  }

  async function render(html: string, pdf: PdfOptions): Promise<Uint8Array> {
    active++
    clearTimeout(idleTimer)
    try {
      browser ??= launch()
      let running: Browser
      try {
        running = await browser
      } catch (error) {
        browser = undefined
        throw error
      }
      const context = await running.newContext({ javaScriptEnabled: false, offline: true })
      try {
        const page = await context.newPage()
        await page.route('**/*', (route) => route.abort())
        await page.emulateMedia({ media: 'print', colorScheme: 'light' })
        await page.setContent(html, { waitUntil: 'load' })
        await fitOnePage(page, html, pdf.paper)
        const bytes = await page.pdf({
          format: pdf.paper === 'a4' ? 'A4' : 'Letter',
          preferCSSPageSize: true,
          printBackground: true,
        })
        return new Uint8Array(bytes)
      } catch (error) {
        const first = (error as Error).message.split('\n')[0] ?? 'unknown error'
        throw new AppFailure(
          'unavailable',
          `Chromium could not print the sheet (${first}). Use Print instead.`,
        )
      } finally {
        await context.close().catch(() => undefined)
      }
    } finally {
      active--
      scheduleIdleClose()
    }
  }

  return { render, close }
}

let shared: ChromiumPdfRenderer | undefined

/** One renderer per process for hosts that simply need `renderPdf`; it closes its browser when idle. */
export function renderPdfWithChromium(html: string, options: PdfOptions): Promise<Uint8Array> {
  shared ??= createChromiumPdfRenderer()
  return shared.render(html, options)
}
