/** The part of Electron's `app` that hardenBeforeReady() needs (so it is testable without Electron). */
export interface HardenableApp {
  isReady(): boolean
  enableSandbox(): void
}

/**
 * Process-wide hardening that Electron only accepts before the app is ready: every renderer, including
 * ones we do not create ourselves (the PDF window, devtools extensions), runs in Chromium's sandbox.
 */
export function hardenBeforeReady(app: HardenableApp): void {
  if (app.isReady()) throw new Error('hardenBeforeReady() must run before the app is ready.')
  app.enableSandbox()
}
