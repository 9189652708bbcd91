import { runCli } from '../../../src/main/cli/run'

export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

/** Runs the CLI in-process with captured output and an environment that cannot reach a real vault. */
export async function runCommand(argv: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env: { HOME: '/nonexistent-home', XDG_CONFIG_HOME: '/nonexistent-config', ...env },
    cwd: '/',
  })
  return { code, stdout, stderr }
}
