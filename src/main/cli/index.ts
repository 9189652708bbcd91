/** `story-vault` command line (bundled to out/main/cli.js; plain Node, never Electron). */
import { runCli } from './run'

runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdoutIsTerminal: process.stdout.isTTY === true,
}).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    // Only a bug in runCli itself lands here; runCli reports every command's failure in one line.
    process.stderr.write(`story-vault: ${String(error).split('\n')[0] ?? 'failed'}\n`)
    process.exitCode = 1
  },
)
