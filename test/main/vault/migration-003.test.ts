import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { detectSchemaVersion, migrateToCurrent } from '../../../src/main/vault/migrations'
import { openVaultStore } from '../../../src/main/vault/store'
import { VaultDocumentSchema } from '../../../src/shared/vault/document'
import { tempVault } from './helpers'

const context = { now: new Date('2026-12-07T10:00:00.000Z'), newId: () => 'new-id' }

describe('migration 003: interview loops', () => {
  it('brings a version-2 file forward with every story kept and no loops', () => {
    const raw = JSON.parse(readFileSync(join(__dirname, '../../fixtures/vault/version-2.json'), 'utf8')) as {
      schemaVersion: number
      stories: unknown[]
    }
    expect(raw.schemaVersion).toBe(2)
    expect(detectSchemaVersion(raw)).toBe(2)
    const doc = VaultDocumentSchema.parse(migrateToCurrent(raw, 2, context))
    expect(doc.schemaVersion).toBe(3)
    expect(doc.loops).toEqual([])
    expect(doc.stories.map((s) => s.id)).toEqual(
      VaultDocumentSchema.shape.stories.parse(raw.stories).map((s) => s.id),
    )
  })

  it('opens a version-2 vault without writing it until the first save', async () => {
    const vault = tempVault('version-2.json')
    const before = readFileSync(vault.path, 'utf8')
    const store = await openVaultStore(vault.path, { watch: false })
    try {
      expect(store.current().loops).toEqual([])
      expect(store.current().schemaVersion).toBe(3)
      expect(readFileSync(vault.path, 'utf8')).toBe(before)
    } finally {
      await store.close()
      vault.cleanup()
    }
  })
})
