import { describe, expect, it } from 'vitest'
import { resolveVaultPath } from '../../../src/main/vault/paths'

describe('resolveVaultPath', () => {
  it('prefers the --vault flag over the environment', () => {
    const path = resolveVaultPath({
      flag: '/tmp/flag.json',
      env: { STORY_VAULT_PATH: '/tmp/env.json' },
      platform: 'linux',
      home: '/home/ada',
    })
    expect(path).toBe('/tmp/flag.json')
  })

  it('uses STORY_VAULT_PATH when there is no flag', () => {
    expect(
      resolveVaultPath({ env: { STORY_VAULT_PATH: '/data/v.json' }, platform: 'linux', home: '/h' }),
    ).toBe('/data/v.json')
  })

  it('resolves a relative flag against the working directory', () => {
    expect(resolveVaultPath({ flag: 'my.json', env: {}, platform: 'linux', home: '/h', cwd: '/work' })).toBe(
      '/work/my.json',
    )
  })

  it('falls back to ~/.config on Linux', () => {
    expect(resolveVaultPath({ env: {}, platform: 'linux', home: '/home/ada' })).toBe(
      '/home/ada/.config/Story Vault/vault.json',
    )
  })

  it('honours XDG_CONFIG_HOME on Linux', () => {
    expect(resolveVaultPath({ env: { XDG_CONFIG_HOME: '/xdg' }, platform: 'linux', home: '/home/ada' })).toBe(
      '/xdg/Story Vault/vault.json',
    )
  })

  it('uses Application Support on macOS', () => {
    expect(resolveVaultPath({ env: {}, platform: 'darwin', home: '/Users/ada' })).toBe(
      '/Users/ada/Library/Application Support/Story Vault/vault.json',
    )
  })

  it('uses %APPDATA% on Windows', () => {
    expect(
      resolveVaultPath({
        env: { APPDATA: 'C:\\Users\\ada\\AppData\\Roaming' },
        platform: 'win32',
        home: 'C:\\Users\\ada',
      }),
    ).toBe('C:\\Users\\ada\\AppData\\Roaming\\Story Vault\\vault.json')
  })

  it('ignores an empty flag and an empty variable', () => {
    expect(
      resolveVaultPath({ flag: ' ', env: { STORY_VAULT_PATH: '' }, platform: 'linux', home: '/h' }),
    ).toBe('/h/.config/Story Vault/vault.json')
  })
})
