import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

const ROOT = join(import.meta.dirname, '../..')
const config = parse(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as {
  asar?: unknown
  electronFuses?: Record<string, unknown>
}

/** The fuse options the installed electron-builder documents in its configuration schema. */
function knownFuseOptions(): string[] {
  const require = createRequire(import.meta.url)
  const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as {
    definitions: Record<string, { properties?: Record<string, unknown> }>
  }
  return Object.keys(schema.definitions.FuseOptionsV1?.properties ?? {})
}

describe('electron-builder.yml', () => {
  it.each([
    ['runAsNode', false],
    ['enableNodeOptionsEnvironmentVariable', false],
    ['enableNodeCliInspectArguments', false],
    ['enableEmbeddedAsarIntegrityValidation', true],
    ['onlyLoadAppFromAsar', true],
    ['enableCookieEncryption', true],
  ])('flips the %s fuse to %s', (fuse, wanted) => {
    expect(config.electronFuses?.[fuse]).toBe(wanted)
  })

  it('names only fuses this electron-builder knows (a misspelt one would be ignored)', () => {
    const known = knownFuseOptions()
    expect(known).toContain('runAsNode')
    for (const fuse of Object.keys(config.electronFuses ?? {})) expect(known).toContain(fuse)
  })

  it('packs the app into app.asar, which onlyLoadAppFromAsar requires', () => {
    expect(config.asar).toBe(true)
  })
})

describe('package.json', () => {
  it('uses a supported Electron release line (the README names it)', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      devDependencies: Record<string, string>
    }
    const major = Number(/^\^?(\d+)\./.exec(pkg.devDependencies.electron ?? '')?.[1])
    expect(major).toBeGreaterThanOrEqual(45)
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain(`Electron ${major}`)
  })
})

describe('engines', () => {
  it('states the Node range the README explains', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } }
    expect(pkg.engines.node).toBe('^20.19.0 || >=22.12.0')
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain(`\`engines\`: \`${pkg.engines.node}\``)
  })

  it('names in the README every installed package that wants a newer Node than 20.19', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
    for (const name of ['electron', '@electron/get', '@electron/rebuild', 'node-abi']) {
      const engines = JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as {
        engines?: { node?: string }
      }
      expect(engines.engines?.node).toMatch(/^>= ?22\.12/)
      expect(readme).toContain(`\`${name}\``)
    }
  })
})
