import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  CHOOSE_ANOTHER,
  openFailurePrompt,
  openFailureReason,
  openVaultOrAsk,
  QUIT,
  type ChooseVaultOptions,
  type FailurePrompt,
} from '../../../src/main/electron/vault-open-failure'
import { AppFailure } from '../../../src/shared/contract/result'
import { openVaultStore } from '../../../src/main/vault'
import { notAVault } from '../../../src/main/vault/store-messages'

/** A fake of the native dialogs: presses the given buttons and picks the given files, in turn. */
function fakeUi(presses: number[], picks: Array<string | null>) {
  const asked: FailurePrompt[] = []
  const chose: ChooseVaultOptions[] = []
  const logged: unknown[] = []
  return {
    asked,
    chose,
    logged,
    ui: {
      ask: async (prompt: FailurePrompt) => (asked.push(prompt), presses.shift() ?? 1),
      choose: async (options: ChooseVaultOptions) => {
        chose.push(options)
        const pick = picks.shift() ?? null
        return pick === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [pick] }
      },
      log: (error: unknown) => void logged.push(error),
    },
  }
}

const notVault = notAVault('/home/me/notes.json', 'It holds no stories.')

describe('the message when the vault will not open', () => {
  it('says plainly the file is not a Story Vault file, without the terminal-only --vault hint', () => {
    const reason = openFailureReason('/home/me/notes.json', notVault)
    expect(reason).toBe('/home/me/notes.json is not a Story Vault file. It holds no stories.')
    const prompt = openFailurePrompt('/home/me/notes.json', notVault)
    expect(prompt.detail).toContain(reason)
    expect(prompt.detail).not.toContain('--vault')
    expect(prompt.buttons).toEqual([CHOOSE_ANOTHER, QUIT])
    expect(prompt.cancelId).toBe(1)
  })

  it('passes the store’s own words through, and names the file for any other error', () => {
    const busy = new AppFailure('unavailable', 'The vault is busy: try again.')
    expect(openFailureReason('/v.json', busy)).toBe('The vault is busy: try again.')
    const denied = Object.assign(new Error("EACCES: permission denied, open '/locked/vault.json'"), {
      code: 'EACCES',
    })
    expect(openFailureReason('/locked/vault.json', denied)).toBe(
      "Story Vault could not open /locked/vault.json: EACCES: permission denied, open '/locked/vault.json'",
    )
  })
})

describe('opening the vault at startup', () => {
  it('asks with the store’s real refusal of a file that is not a vault', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'story-vault-open-failure-'))
    try {
      const notes = join(dir, 'notes.json')
      writeFileSync(notes, '{"shopping": ["milk"]}\n')
      const fake = fakeUi([1], [])
      const open = (path: string) => openVaultStore(path, { watch: false })
      expect(await openVaultOrAsk(notes, open, fake.ui)).toBeUndefined()
      expect(fake.asked[0]?.detail).toMatch(new RegExp(`^${notes} is not a Story Vault file\\. `))
      expect(fake.asked[0]?.detail).not.toContain('--vault')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('opens without asking when the vault is fine', async () => {
    const fake = fakeUi([], [])
    const result = await openVaultOrAsk('/v.json', async (path) => `open:${path}`, fake.ui)
    expect(result).toEqual({ path: '/v.json', opened: 'open:/v.json' })
    expect(fake.asked).toEqual([])
  })

  it('asks, and opens the file the person chooses instead', async () => {
    const fake = fakeUi([0], ['/home/me/vault.json'])
    const open = async (path: string) => {
      if (path === '/home/me/notes.json') throw notVault
      return `open:${path}`
    }
    const result = await openVaultOrAsk('/home/me/notes.json', open, fake.ui)
    expect(result).toEqual({ path: '/home/me/vault.json', opened: 'open:/home/me/vault.json' })
    expect(fake.asked[0]?.detail).toContain('/home/me/notes.json is not a Story Vault file.')
    expect(fake.chose[0]?.defaultPath).toBe('/home/me')
    expect(fake.logged).toEqual([notVault])
  })

  it('resolves undefined (the app quits) when the person presses Quit', async () => {
    const fake = fakeUi([1], [])
    const result = await openVaultOrAsk('/n.json', () => Promise.reject(notVault), fake.ui)
    expect(result).toBeUndefined()
    expect(fake.chose).toEqual([])
  })

  it('asks again when the file picker is closed, and again when the chosen file fails too', async () => {
    const fake = fakeUi([0, 0, 0, 1], [null, '/other.json'])
    const tried: string[] = []
    const open = (path: string) => (tried.push(path), Promise.reject(notAVault(path, 'It is not JSON.')))
    const result = await openVaultOrAsk('/first.json', open, fake.ui)
    expect(result).toBeUndefined()
    expect(tried).toEqual(['/first.json', '/other.json'])
    expect(fake.asked.map((p) => p.detail.split(' is not')[0])).toEqual([
      '/first.json',
      '/first.json',
      '/other.json',
      '/other.json',
    ])
  })
})
