#!/usr/bin/env node
// `npm start`: build if needed, then the Electron app when it can run here, else the browser host.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { ROOT, electronBinary, ensureBuilt, hasDisplay } from './lib/ensure-built.mjs'

const FETCH_TIMEOUT_MS = 45_000

const USAGE = 'Usage: npm start -- [--vault PATH] [--port N] [--no-open]'
let values
try {
  ;({ values } = parseArgs({
    options: { vault: { type: 'string' }, port: { type: 'string' }, 'no-open': { type: 'boolean' } },
    strict: true,
  }))
} catch (error) {
  console.error(`${error.message}\n${USAGE}`)
  process.exit(2)
}
const passThrough = [
  ...(values.vault ? ['--vault', values.vault] : []),
  ...(values.port ? ['--port', values.port] : []),
]

/** Tries Electron's own installer once, giving up after a while (it needs network access). */
function fetchElectron() {
  if (process.env.STORY_VAULT_NO_ELECTRON_DOWNLOAD) return Promise.resolve(false)
  const installer = join(ROOT, 'node_modules/electron/install.js')
  if (!existsSync(installer)) return Promise.resolve(false)
  console.log('Fetching the Electron binary (up to 45 s)…')
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [installer], {
      cwd: join(ROOT, 'node_modules/electron'),
      stdio: 'ignore',
    })
    const timer = setTimeout(() => child.kill('SIGKILL'), FETCH_TIMEOUT_MS)
    child.on('error', () => resolve(false))
    child.on('exit', (code) => {
      clearTimeout(timer)
      resolve(code === 0 && electronBinary() !== undefined)
    })
  })
}

/** Why Electron cannot run here, or undefined when it can (fetching the binary if that is the only gap). */
async function whyNotElectron() {
  if (!hasDisplay()) return 'no display (DISPLAY/WAYLAND_DISPLAY unset)'
  if (electronBinary()) return undefined
  if (await fetchElectron()) return undefined
  return 'the Electron binary is not installed and could not be fetched'
}

function run(command, args) {
  const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit' })
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
}

ensureBuilt()
const reason = await whyNotElectron()
if (reason === undefined) {
  // Electron refuses to start as root unless Chromium's sandbox is turned off.
  const rootOnly = process.getuid?.() === 0 ? ['--no-sandbox'] : []
  run(electronBinary(), ['.', ...rootOnly, ...passThrough])
} else {
  // serve prints the address, and says to open it by hand when no browser can be opened for you.
  console.log(`Story Vault's own window cannot open here (${reason}); serving it to your browser instead.`)
  const cli = existsSync(join(ROOT, 'bin/story-vault.mjs')) ? 'bin/story-vault.mjs' : 'out/main/cli.js'
  run(process.execPath, [cli, 'serve', ...passThrough, ...(values['no-open'] ? ['--no-open'] : [])])
}
