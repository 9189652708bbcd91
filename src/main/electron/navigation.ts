import { app, shell } from 'electron'
import { isAllowedExternalUrl, isFrameNavigationAllowed, isOwnRendererUrl } from './policy'

function openExternally(url: string): void {
  if (isAllowedExternalUrl(url)) void shell.openExternal(url)
}

/**
 * Every window and frame stays on our renderer: navigation elsewhere is cancelled (frames may not navigate
 * at all), new windows are denied,
 * and only https: and mailto: links are handed to the system browser / mail app.
 */
export function registerNavigationPolicy(rendererOrigin: string): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (isOwnRendererUrl(url, rendererOrigin)) return
      event.preventDefault()
      openExternally(url)
    })
    // will-navigate covers the top frame only; this covers every frame, iframes included.
    contents.on('will-frame-navigate', (event) => {
      if (!isFrameNavigationAllowed({ url: event.url, isMainFrame: event.isMainFrame }, rendererOrigin))
        event.preventDefault()
    })
    contents.on('will-redirect', (event, url) => {
      if (!isOwnRendererUrl(url, rendererOrigin)) event.preventDefault()
    })
    contents.on('will-attach-webview', (event) => event.preventDefault())
    contents.setWindowOpenHandler(({ url }) => {
      openExternally(url)
      return { action: 'deny' }
    })
  })
}
