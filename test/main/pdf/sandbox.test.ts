import { describe, expect, it } from 'vitest'
import type { Browser, LaunchOptions } from 'playwright-core'
import { CHROMIUM_BASE_ARGS, pdfLaunchPlan, runningAsRoot } from '../../../src/main/pdf/chromium-args'
import { createChromiumPdfRenderer } from '../../../src/main/pdf'

describe('pdfLaunchPlan', () => {
  it('keeps the sandbox for an ordinary user, with a retry without it', () => {
    const [first, retry, ...rest] = pdfLaunchPlan(false)
    expect(first).toEqual({ sandbox: true, args: CHROMIUM_BASE_ARGS })
    expect(first?.args).not.toContain('--no-sandbox')
    expect(retry).toMatchObject({ sandbox: false, why: expect.stringMatching(/did not start/) })
    expect(retry?.args).toContain('--no-sandbox')
    expect(rest).toEqual([])
  })

  it('drops the sandbox straight away as root, and says why', () => {
    const plan = pdfLaunchPlan(true)
    expect(plan).toHaveLength(1)
    expect(plan[0]).toMatchObject({ sandbox: false, why: expect.stringMatching(/root/) })
    expect(plan[0]?.args).toContain('--no-sandbox')
  })

  it('tells root from other users by uid', () => {
    expect(runningAsRoot(() => 0)).toBe(true)
    expect(runningAsRoot(() => 1000)).toBe(false)
  })
})

/** A launcher that records each launch and fails the sandboxed ones when asked to. */
function fakeLauncher(sandboxWorks: boolean) {
  const launches: LaunchOptions[] = []
  const launchBrowser = async (options: LaunchOptions): Promise<Browser> => {
    launches.push(options)
    if (options.chromiumSandbox && !sandboxWorks) throw new Error('No usable sandbox!\nmore detail')
    // Stops the render right after the launch: the launch is what these tests are about.
    return { newContext: () => Promise.reject(new Error('stop here')), close: async () => undefined } as never
  }
  return { launches, launchBrowser }
}

describe('the PDF renderer’s launch', () => {
  const env = { CHROMIUM_PATH: process.execPath }

  it('starts Chromium sandboxed when it can, and logs nothing', async () => {
    const { launches, launchBrowser } = fakeLauncher(true)
    const logged: string[] = []
    const renderer = createChromiumPdfRenderer({
      env,
      isRoot: false,
      launchBrowser,
      log: (m) => logged.push(m),
    })
    await expect(renderer.render('<p>x</p>', { paper: 'letter' })).rejects.toThrow()
    await renderer.close()
    expect(launches.map((l) => [l.chromiumSandbox, l.args?.includes('--no-sandbox')])).toEqual([
      [true, false],
    ])
    expect(logged).toEqual([])
  })

  it('retries without the sandbox when it fails to start, saying so in one log line', async () => {
    const { launches, launchBrowser } = fakeLauncher(false)
    const logged: string[] = []
    const renderer = createChromiumPdfRenderer({
      env,
      isRoot: false,
      launchBrowser,
      log: (m) => logged.push(m),
    })
    await expect(renderer.render('<p>x</p>', { paper: 'letter' })).rejects.toThrow(/stop here/)
    await renderer.close()
    expect(launches.map((l) => l.chromiumSandbox)).toEqual([true, false])
    expect(logged).toEqual([
      '[story-vault] PDF export runs Chromium without its sandbox: the sandboxed Chromium did not start.',
    ])
  })

  it('does not try the sandbox as root', async () => {
    const { launches, launchBrowser } = fakeLauncher(false)
    const logged: string[] = []
    const renderer = createChromiumPdfRenderer({
      env,
      isRoot: true,
      launchBrowser,
      log: (m) => logged.push(m),
    })
    await expect(renderer.render('<p>x</p>', { paper: 'a4' })).rejects.toThrow(/stop here/)
    await renderer.close()
    expect(launches.map((l) => l.chromiumSandbox)).toEqual([false])
    expect(logged[0]).toMatch(/without its sandbox: running as root/)
  })
})
