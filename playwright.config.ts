import { defineConfig } from '@playwright/test'
import type { AppHostOptions } from './e2e/fixtures'

/** The flags Chromium needs in containers and CI; no network chatter, no GPU. */
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

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
      args: CHROMIUM_FLAGS,
    },
  },
  projects: [
    { name: 'browser-host', use: { appHost: 'browser-host' } },
    { name: 'electron', use: { appHost: 'electron' } },
  ],
})
