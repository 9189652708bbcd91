import type { z } from 'zod'

/** One call across the boundary: a schema for its arguments (checked on arrival) and its result type. */
export interface ChannelSpec<Args extends z.ZodTuple, Value> {
  args: Args
  /** Never read at run time; carries the result type for invoke/handle. */
  value?: Value
}

export const channel =
  <Value>() =>
  <Args extends z.ZodTuple>(args: Args): ChannelSpec<Args, Value> => ({ args })
