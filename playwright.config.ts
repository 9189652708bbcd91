import { defineConfig } from '@playwright/test'
import type { AppHostOptions } from './e2e/fixtures'
import { CHROMIUM_ARGS } from './src/main/pdf/chromium-args'

export default defineConfig<AppHostOptions>({
  testDir: 'e2e',
  // Two cores: one worker per core at most; each test starts its own host on its own vault.
  workers: process.env.CI ? 1 : 2,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : [['list']],
  outputDir: 'test-results',
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      // Set by scripts/e2e.mjs; undefined lets Playwright use its own Chromium when installed.
      executablePath: process.env.CHROMIUM_PATH || undefined,
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    { name: 'browser-host', use: { appHost: 'browser-host' } },
    { name: 'electron', use: { appHost: 'electron' } },
  ],
})
