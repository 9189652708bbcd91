/** `story-vault` command line (bundled to out/main/cli.js; plain Node, never Electron). */
import { runCli } from './run'

runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`story-vault: ${String(error)}\n`)
    process.exitCode = 1
  },
)
