export { startBrowserHost, type BrowserHost, type BrowserHostOptions } from './server'
export type { PdfRenderer } from './app-services'
