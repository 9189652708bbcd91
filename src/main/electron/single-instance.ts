import { app } from 'electron'

/**
 * Only one Story Vault runs at a time, so two processes never write the same vault. Returns false in a
 * second instance (which then quits); the first hears about it, with the second one's arguments.
 */
export function claimSingleInstance(
  onSecondInstance: (argv: string[], workingDirectory: string) => void,
): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return false
  }
  app.on('second-instance', (_event, argv, workingDirectory) => onSecondInstance(argv, workingDirectory))
  return true
}
