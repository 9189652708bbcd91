import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron'
import { CHANNEL_NAMES, type Handlers } from '../../shared/contract'
import { fail } from '../../shared/contract/result'
import { dispatch } from '../contract/dispatch'
import { InFlight } from './in-flight'
import { isTrustedSender } from './policy'

function senderIsTrusted(
  event: IpcMainInvokeEvent,
  mainWindow: BrowserWindow | undefined,
  origin: string,
): boolean {
  // null when the frame has already navigated away or been destroyed: then it is not trusted.
  const frame = event.senderFrame
  try {
    return isTrustedSender(
      {
        frameUrl: frame?.url,
        // Compared by structure, not object identity: a top frame has no parent.
        isMainFrame: frame !== null && frame.parent === null,
        senderId: event.sender.id,
        mainWindowId: mainWindow && !mainWindow.isDestroyed() ? mainWindow.webContents.id : undefined,
      },
      origin,
    )
  } catch {
    // A WebFrameMain disposed while being read throws; a frame that is going away is not trusted.
    return false
  }
}

export interface IpcRegistration {
  /** Resolves once every call already received has finished (used before the vault closes on quit). */
  idle(): Promise<void>
}

/** One ipcMain.handle per contract channel; each checks who is asking before anything is dispatched. */
export function registerIpcHandlers(
  handlers: Handlers,
  getMainWindow: () => BrowserWindow | undefined,
  rendererOrigin: string,
): IpcRegistration {
  const inFlight = new InFlight()
  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(channel, (event, ...args: unknown[]) => {
      if (!senderIsTrusted(event, getMainWindow(), rendererOrigin)) {
        console.warn(
          `[story-vault] refused "${channel}" from ${event.senderFrame?.url ?? 'an unknown frame'}`,
        )
        return fail('unavailable', 'This window is not allowed to use Story Vault.')
      }
      return inFlight.track(() => dispatch(handlers, channel, args))
    })
  }
  return { idle: () => inFlight.idle() }
}
