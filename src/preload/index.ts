import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { isChannelName, type StoryVaultBridge } from '../shared/contract'
import { EVENT_NAMES, type EventName } from '../shared/contract/events'
import { fail } from '../shared/contract/result'

/**
 * The renderer's only door to main: the typed contract and its events, nothing else (no ipcRenderer,
 * no Node). Each channel name is an ipcMain.handle on the other side, which checks the sender again.
 */
const bridge: StoryVaultBridge = {
  invoke: ((channel: unknown, ...args: unknown[]) => {
    if (!isChannelName(channel))
      return Promise.resolve(fail('invalid-input', `Unknown request "${String(channel)}".`))
    // ipcRenderer.invoke rejects only when main is gone or has no handler; keep the never-throws promise.
    return ipcRenderer
      .invoke(channel, ...args)
      .catch(() =>
        fail(
          'unavailable',
          'Story Vault’s main process is not answering. Restart the app; your saved stories are safe.',
        ),
      )
  }) as StoryVaultBridge['invoke'],
  on: (event, listener) => {
    if (!EVENT_NAMES.includes(event as EventName) || typeof listener !== 'function') return () => undefined
    const forward = (_event: IpcRendererEvent, payload: unknown): void => {
      listener(payload as Parameters<typeof listener>[0])
    }
    ipcRenderer.on(event, forward)
    return () => {
      ipcRenderer.removeListener(event, forward)
    }
  },
}

contextBridge.exposeInMainWorld('storyVault', bridge)
