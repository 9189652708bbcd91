import { formatIssues } from '../../shared/story/format-issues'
import { contract, isChannelName, type Handlers } from '../../shared/contract'
import { AppFailure, fail, ok, type Result } from '../../shared/contract/result'
import { fileSystemFailure } from './fs-failure'

/**
 * The boundary every call passes through, from Electron IPC and from the browser host alike:
 * unknown channels and malformed arguments are refused here, handlers see only validated input,
 * and whatever happens comes back as a Result.
 */
export async function dispatch(
  handlers: Handlers,
  channel: unknown,
  rawArgs: unknown,
): Promise<Result<unknown>> {
  if (!isChannelName(channel)) return fail('invalid-input', `Unknown request "${String(channel)}".`)
  const parsed = contract[channel].args.safeParse(rawArgs)
  if (!parsed.success) {
    return fail('invalid-input', 'The request was not valid.', formatIssues(parsed.error))
  }
  try {
    const handler = handlers[channel] as (...args: unknown[]) => unknown
    return ok(await handler(...parsed.data))
  } catch (error) {
    if (error instanceof AppFailure) return fail(error.code, error.message, error.details)
    const disk = fileSystemFailure(error)
    if (disk) return fail(disk.code, disk.message)
    console.error(`[story-vault] ${channel} failed:`, error)
    return fail('internal', 'Something went wrong on our side. Your saved stories are untouched.')
  }
}
