import type { CliCommand } from '../types'
import { backupCommand } from './backup'
import { cheatsheetCommand } from './cheatsheet'
import { checkCommand } from './check'
import { exportCommand } from './export'
import { importCommand } from './import'
import { linkCommand, unlinkCommand } from './link'
import { listCommand } from './list'
import { loopCommand } from './loop'
import { practiceCommand } from './practice'
import { questionsCommand } from './questions'
import { searchCommand } from './search'
import { serveCommand } from './serve'
import { trashCommand } from './trash'

/** Every `story-vault` command. Shared composition file: one line per command. */
export const COMMANDS: readonly CliCommand[] = [
  listCommand,
  backupCommand,
  serveCommand,
  importCommand,
  exportCommand,
  checkCommand,
  searchCommand,
  cheatsheetCommand,
  loopCommand,
  trashCommand,
  practiceCommand,
  linkCommand,
  unlinkCommand,
  questionsCommand,
]
