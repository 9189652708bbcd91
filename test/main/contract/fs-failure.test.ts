import { describe, expect, it, vi } from 'vitest'
import { dispatch } from '../../../src/main/contract/dispatch'
import { fileSystemFailure } from '../../../src/main/contract/fs-failure'
import type { Handlers } from '../../../src/shared/contract'

function fsError(code: string, path?: string): Error {
  return Object.assign(new Error(`${code}: something, write`), { code, ...(path ? { path } : {}) })
}

describe('fileSystemFailure', () => {
  it.each([
    ['ENOSPC', /^The disk is full/],
    ['EDQUOT', /disk quota is used up/],
    ['EROFS', /^The vault folder is read-only/],
    ['EACCES', /not allowed to write to the vault folder/],
    ['EPERM', /not allowed to write to the vault folder/],
  ])('%s becomes a plain io failure saying nothing was lost', (code, wording) => {
    const failure = fileSystemFailure(fsError(code, '/home/me/vault.json'))
    expect(failure?.code).toBe('io')
    expect(failure?.message).toMatch(wording)
    expect(failure?.message).toContain('Nothing was lost')
    expect(failure?.message).toContain('/home/me/vault.json')
    expect(failure?.message).not.toContain(code)
  })

  it('leaves other errors alone', () => {
    expect(fileSystemFailure(fsError('ENOENT'))).toBeUndefined()
    expect(fileSystemFailure(new Error('bug'))).toBeUndefined()
    expect(fileSystemFailure('ENOSPC')).toBeUndefined()
  })
})

describe('dispatch (Electron IPC and the browser host)', () => {
  it('answers a full disk with the plain message, not "Something went wrong"', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const handlers = {
      'stories:list': async () => {
        throw fsError('ENOSPC')
      },
    } as unknown as Handlers
    const result = await dispatch(handlers, 'stories:list', [])
    expect(result).toEqual({
      ok: false,
      error: { code: 'io', message: expect.stringMatching(/^The disk is full.*Nothing was lost/) },
    })
    expect(log).not.toHaveBeenCalled()
    log.mockRestore()
  })
})
