import { parseArgs } from 'node:util'

export interface LaunchArgs {
  vault: string | undefined
  /** Files named on the command line (e.g. to import); Chromium and Electron switches are ignored. */
  files: string[]
}

/** Reads our flags from an Electron argv (argv[0] is the executable; dev runs add the app path). */
export function parseLaunchArgs(argv: readonly string[]): LaunchArgs {
  const { values, positionals } = parseArgs({
    args: argv.slice(1),
    options: { vault: { type: 'string' } },
    strict: false,
    allowPositionals: true,
  })
  const vault = typeof values.vault === 'string' ? values.vault : undefined
  const files = positionals.filter((arg) => arg !== '.' && !/(^|[\\/])out[\\/]main[\\/]index\.js$/.test(arg))
  return { vault, files }
}
