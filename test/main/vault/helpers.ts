import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Story } from '../../../src/shared/story/schema'
import { emptyStoryFields } from '../../../src/shared/story/schema'

export const FIXTURES = resolve(import.meta.dirname, '../../fixtures/vault')

export interface TempVault {
  dir: string
  path: string
  cleanup(): void
}

export function tempVault(fixture?: string): TempVault {
  const dir = mkdtempSync(join(tmpdir(), 'story-vault-test-'))
  const path = join(dir, 'vault.json')
  if (fixture) copyFileSync(join(FIXTURES, fixture), path)
  return { dir, path, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

export function fixtureBytes(name: string): Buffer {
  return readFileSync(join(FIXTURES, name))
}

let counter = 0
export function makeStory(title = 'A story', overrides: Partial<Story> = {}): Story {
  counter += 1
  return {
    ...emptyStoryFields(title),
    id: `story-${counter}`,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  }
}

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'))
}

export async function waitFor(check: () => boolean, timeoutMs = 3000): Promise<void> {
  const start = Date.now()
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting')
    await new Promise((r) => setTimeout(r, 20))
  }
}
