import { afterEach, describe, expect, it, vi } from 'vitest'
import { newToken, tokensMatch } from '../../../src/main/host/guards'

// Watches the real timingSafeEqual: the guard must use it, on buffers of equal length, for every answer.
const compared = vi.hoisted(() => ({ calls: [] as Array<[Buffer, Buffer]> }))
vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:crypto')>()
  const timingSafeEqual: typeof actual.timingSafeEqual = (a, b) => {
    compared.calls.push([Buffer.from(a as Uint8Array), Buffer.from(b as Uint8Array)])
    return actual.timingSafeEqual(a, b)
  }
  const mocked = { ...actual, timingSafeEqual }
  return { ...mocked, default: mocked }
})

afterEach(() => {
  compared.calls = []
})

describe('tokensMatch', () => {
  it.each([
    ['the right token', (token: string) => token, true],
    ['a token one character off', (token: string) => `${token.slice(0, -1)}#`, false],
    ['a shorter token', (token: string) => token.slice(0, 5), false],
    ['a much longer token', (token: string) => token.repeat(3), false],
  ])('compares %s in constant time', (_, presented, expected) => {
    const token = newToken()
    expect(tokensMatch(presented(token), token)).toBe(expected)
    expect(compared.calls).toHaveLength(1)
    const [a, b] = compared.calls[0]!
    expect(a.length).toBe(b.length)
    expect(a.length).toBeGreaterThan(0)
  })

  it('refuses a missing or empty token without comparing', () => {
    expect(tokensMatch(undefined, newToken())).toBe(false)
    expect(tokensMatch('', newToken())).toBe(false)
  })
})
