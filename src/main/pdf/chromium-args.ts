/**
 * The flags Story Vault always launches Chromium with (PDF export, e2e tests, benches): no network
 * chatter, no GPU, no profile setup. Imports nothing, so Playwright's config can load it too.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
