import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import type { TextFile } from '../../../src/shared/transfer/types'

export const IMPORT_FIXTURES = resolve(import.meta.dirname, '../../fixtures/import')

export function fixture(name: string): TextFile {
  return { name, text: readFileSync(join(IMPORT_FIXTURES, name), 'utf8') }
}

/** Every file under a fixture folder, named by its path inside that folder (as a folder import does). */
export function fixtureFolder(name: string): TextFile[] {
  const root = join(IMPORT_FIXTURES, name)
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((entry) => {
      const full = join(dir, entry)
      return statSync(full).isDirectory() ? walk(full) : [full]
    })
  return walk(root).map((path) => ({ name: relative(root, path), text: readFileSync(path, 'utf8') }))
}
