import { dispatch } from '../../../src/main/contract/dispatch'
import { createHandlers } from '../../../src/main/features'
import type { Services } from '../../../src/main/features/services'
import { openVaultStore, type OpenVaultOptions } from '../../../src/main/vault/store'
import type { ChannelName, ArgsOf, Result, ValueOf } from '../../../src/shared/contract'
import { tempVault, type TempVault } from '../vault/helpers'

export interface Harness {
  vault: TempVault
  services: Services
  call<K extends ChannelName>(channel: K, ...args: ArgsOf<K>): Promise<Result<ValueOf<K>>>
  /** Sends arguments exactly as a renderer might, unchecked. */
  callRaw(channel: string, args: unknown): Promise<Result<unknown>>
  close(): Promise<void>
}

export async function openHarness(fixture?: string, options: OpenVaultOptions = {}): Promise<Harness> {
  const vault = tempVault(fixture)
  const store = await openVaultStore(vault.path, { watch: false, minBackupIntervalMs: 0, ...options })
  const services: Services = {
    vault: store,
    emit: () => undefined,
    renderPdf: async () => new Uint8Array(),
  }
  const handlers = createHandlers(services)
  return {
    vault,
    services,
    call: (channel, ...args) => dispatch(handlers, channel, args) as never,
    callRaw: (channel, args) => dispatch(handlers, channel, args),
    close: async () => {
      await store.close()
      vault.cleanup()
    },
  }
}

export function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.value
}
