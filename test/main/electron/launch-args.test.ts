import { describe, expect, it } from 'vitest'
import { parseLaunchArgs } from '../../../src/main/electron/launch-args'

describe('parseLaunchArgs', () => {
  it('reads --vault in both spellings and ignores Chromium switches', () => {
    expect(
      parseLaunchArgs(['/usr/bin/electron', 'out/main/index.js', '--vault', '/tmp/v.json', '--no-sandbox']),
    ).toEqual({ vault: '/tmp/v.json', files: [] })
    expect(parseLaunchArgs(['Story Vault', '--vault=/data/vault.json'])).toEqual({
      vault: '/data/vault.json',
      files: [],
    })
  })

  it('collects files to open', () => {
    expect(parseLaunchArgs(['Story Vault', '/home/me/stories.csv'])).toEqual({
      vault: undefined,
      files: ['/home/me/stories.csv'],
    })
  })
})
