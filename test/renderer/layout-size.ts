import { afterAll, beforeAll } from 'vitest'

/**
 * jsdom lays nothing out; give every element a size for the file's tests so the virtualised list
 * renders its rows. Call at the top level of a test file.
 */
export function giveElementsASize(pixels = 600): void {
  const sizes = ['clientHeight', 'clientWidth'] as const
  const originals = sizes.map((name) => Object.getOwnPropertyDescriptor(Element.prototype, name))
  beforeAll(() => {
    for (const name of sizes)
      Object.defineProperty(Element.prototype, name, { configurable: true, get: () => pixels })
  })
  afterAll(() => {
    sizes.forEach((name, i) => {
      const original = originals[i]
      if (original) Object.defineProperty(Element.prototype, name, original)
    })
  })
}
