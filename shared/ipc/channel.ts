import { z } from 'zod';

export interface ChannelSpec<I extends z.ZodType, O> {
  input: I;
  /** Never read at run time: it only carries the result type. */
  output: O;
}

/** Declares a channel: `channel(inputSchema).returns<Result>()`. */
export function channel<I extends z.ZodType>(input: I) {
  return { returns: <O>(): ChannelSpec<I, O> => ({ input, output: undefined as O }) };
}

/** For channels that take nothing. */
export const noInput = z.undefined().or(z.object({}).strict()).optional();
export const byId = z.object({ id: z.string().min(1, 'An id is required.').max(64) });
