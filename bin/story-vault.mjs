#!/usr/bin/env node
// Launches the bundled CLI (out/main/cli.js, CommonJS, plain Node). Builds it once if it is missing.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const cli = join(root, 'out', 'main', 'cli.js')

if (!existsSync(cli)) {
  process.stderr.write('story-vault: building the app first (one time, about a minute)…\n')
  const windows = process.platform === 'win32'
  // Build output goes to stderr so that `--json` output on stdout stays clean.
  const build = spawnSync(windows ? 'npx.cmd' : 'npx', ['electron-vite', 'build'], {
    cwd: root,
    stdio: ['ignore', 2, 2],
    shell: windows,
  })
  if (build.status !== 0 || !existsSync(cli)) {
    process.stderr.write('story-vault: the build failed; run `npm run build` to see why.\n')
    process.exit(1)
  }
}

createRequire(import.meta.url)(cli)
