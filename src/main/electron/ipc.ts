import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron'
import { CHANNEL_NAMES, type Handlers } from '../../shared/contract'
import { fail } from '../../shared/contract/result'
import { dispatch } from '../contract/dispatch'
import { isTrustedSender } from './policy'

function senderIsTrusted(
  event: IpcMainInvokeEvent,
  mainWindow: BrowserWindow | undefined,
  origin: string,
): boolean {
  const frame = event.senderFrame
  return isTrustedSender(
    {
      frameUrl: frame?.url,
      isMainFrame: frame !== null && frame === event.sender.mainFrame,
      senderId: event.sender.id,
      mainWindowId: mainWindow && !mainWindow.isDestroyed() ? mainWindow.webContents.id : undefined,
    },
    origin,
  )
}

/** One ipcMain.handle per contract channel; each checks who is asking before anything is dispatched. */
export function registerIpcHandlers(
  handlers: Handlers,
  getMainWindow: () => BrowserWindow | undefined,
  rendererOrigin: string,
): void {
  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(channel, (event, ...args: unknown[]) => {
      if (!senderIsTrusted(event, getMainWindow(), rendererOrigin)) {
        console.warn(
          `[story-vault] refused "${channel}" from ${event.senderFrame?.url ?? 'an unknown frame'}`,
        )
        return fail('unavailable', 'This window is not allowed to use Story Vault.')
      }
      return dispatch(handlers, channel, args)
    })
  }
}
