import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { everydayRank } from '../../../src/shared/text/everyday-words'
// @ts-expect-error -- a plain .mjs build script without type declarations; only its output is compared
import { generate, OUTPUT } from '../../../scripts/generate-word-ranks.mjs'

describe('everyday word ranks', () => {
  it('ranks words people say about anything ahead of specific ones', () => {
    const saw = everydayRank('saw') ?? Infinity
    const deadline = everydayRank('deadline') ?? Infinity
    expect(everydayRank('the')).toBeLessThan(saw)
    expect(saw).toBeLessThan(deadline)
    expect(deadline).toBeLessThan(20_000)
  })

  it('knows nothing of rare words, numbers or other scripts', () => {
    expect(everydayRank('idempotent')).toBeUndefined()
    expect(everydayRank('kubernetes')).toBeUndefined()
    expect(everydayRank('2019')).toBeUndefined()
    expect(everydayRank('データ')).toBeUndefined()
  })

  it('is exactly what the generator makes from the word-frequency package', () => {
    expect(readFileSync(OUTPUT as string, 'utf8')).toBe((generate as () => string)())
  })
})
