import type { StoryVaultBridge } from '../../../shared/contract'
import { createHttpBridge } from './http-client'

declare global {
  interface Window {
    /** Set by the Electron preload; absent when the renderer is served by the browser host. */
    storyVault?: StoryVaultBridge
  }
}

let cached: StoryVaultBridge | undefined

/** The one way the renderer talks to main: the Electron preload when present, else the browser host. */
export function getBridge(): StoryVaultBridge {
  cached ??= window.storyVault ?? createHttpBridge(window.location)
  return cached
}
