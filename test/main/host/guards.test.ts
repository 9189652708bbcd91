import { describe, expect, it } from 'vitest'
import {
  allowedHosts,
  isAllowedHostHeader,
  isAllowedOrigin,
  newToken,
  tokensMatch,
} from '../../../src/main/host/guards'

describe('token', () => {
  it('is long and different every run', () => {
    const a = newToken()
    expect(a.length).toBeGreaterThanOrEqual(40)
    expect(newToken()).not.toBe(a)
  })

  it('matches only the exact token', () => {
    const token = newToken()
    expect(tokensMatch(token, token)).toBe(true)
    expect(tokensMatch(token.slice(1), token)).toBe(false)
    expect(tokensMatch(`${token}x`, token)).toBe(false)
    expect(tokensMatch('', token)).toBe(false)
    expect(tokensMatch(undefined, token)).toBe(false)
  })
})

describe('Host and Origin', () => {
  const allowed = allowedHosts('127.0.0.1', 4321)

  it('answers only to loopback names on our port', () => {
    expect(isAllowedHostHeader('127.0.0.1:4321', allowed)).toBe(true)
    expect(isAllowedHostHeader('localhost:4321', allowed)).toBe(true)
    expect(isAllowedHostHeader('LOCALHOST:4321', allowed)).toBe(true)
    expect(isAllowedHostHeader('127.0.0.1:4322', allowed)).toBe(false)
    expect(isAllowedHostHeader('evil.example:4321', allowed)).toBe(false)
    expect(isAllowedHostHeader('127.0.0.1', allowed)).toBe(false)
    expect(isAllowedHostHeader(undefined, allowed)).toBe(false)
  })

  it('accepts a missing Origin or our own, nothing else', () => {
    expect(isAllowedOrigin(undefined, allowed)).toBe(true)
    expect(isAllowedOrigin('http://127.0.0.1:4321', allowed)).toBe(true)
    expect(isAllowedOrigin('http://localhost:4321', allowed)).toBe(true)
    expect(isAllowedOrigin('https://127.0.0.1:4321', allowed)).toBe(false)
    expect(isAllowedOrigin('http://evil.example', allowed)).toBe(false)
    expect(isAllowedOrigin('http://127.0.0.1:4321.evil.example', allowed)).toBe(false)
    expect(isAllowedOrigin('null', allowed)).toBe(false)
  })

  it('brackets IPv6 hosts', () => {
    expect(isAllowedHostHeader('[::1]:80', allowedHosts('::1', 80))).toBe(true)
  })
})
