export { CHROMIUM_ARGS } from './chromium-args'
export {
  ChromiumMissingError,
  createChromiumPdfRenderer,
  renderPdfWithChromium,
  type ChromiumPdfRenderer,
} from './chromium-pdf'
export {
  findChromium,
  HOW_TO_GET_CHROMIUM,
  type ChromiumLocation,
  type PlaywrightChromium,
} from './find-chromium'
