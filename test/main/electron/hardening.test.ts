import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { hardenBeforeReady } from '../../../src/main/electron/hardening'

describe('hardenBeforeReady', () => {
  it('turns on the sandbox for every renderer', () => {
    const app = { isReady: () => false, enableSandbox: vi.fn() }
    hardenBeforeReady(app)
    expect(app.enableSandbox).toHaveBeenCalledOnce()
  })

  it('refuses to run once the app is ready, where Electron would ignore it', () => {
    const app = { isReady: () => true, enableSandbox: vi.fn() }
    expect(() => hardenBeforeReady(app)).toThrow(/before the app is ready/)
    expect(app.enableSandbox).not.toHaveBeenCalled()
  })
})

describe('the Electron entry point', () => {
  it('hardens the app at load time, before it waits for ready', () => {
    const source = readFileSync(join(import.meta.dirname, '../../../src/main/index.ts'), 'utf8')
    const harden = source.search(/^hardenBeforeReady\(app\)$/m)
    expect(harden).toBeGreaterThan(-1)
    expect(harden).toBeLessThan(source.indexOf('.whenReady()'))
  })
})
