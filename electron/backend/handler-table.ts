import { ZodError, type z } from 'zod';
import {
  contract,
  isChannel,
  type Channel,
  type ChannelOutput,
  type ParsedInput,
} from '../../shared/ipc/contract';
import { AppError, type Envelope } from '../../shared/ipc/errors';
import { fieldErrors, summarizeIssues } from '../../shared/model/validation';
import { readableIssue, UNREADABLE_INPUT } from './input-issues';
import { idsIn, noEventLog, type EventLog } from './logging/event-log';

export type HandlerImplementations = {
  [C in Channel]: (input: ParsedInput<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
};

export type Handler = (input: unknown) => Promise<Envelope<unknown>>;
export type HandlerTable = Record<Channel, Handler>;

/**
 * Wraps every implementation so that it receives only input its schema accepts and always
 * answers with an envelope: bad input is refused before any service runs, so it writes nothing.
 * `log` gets the whole error for a developer's console; `events`, the log a lead can send, gets
 * the channel, the error code and the ids in the input, never the input or a message.
 */
export function buildHandlerTable(
  implementations: HandlerImplementations,
  log: (message: string, error: unknown) => void = console.error,
  events: EventLog = noEventLog,
): HandlerTable {
  const table = {} as HandlerTable;
  for (const channel of Object.keys(contract) as Channel[]) {
    const implementation = implementations[channel] as (input: unknown) => unknown;
    const refused = (input: unknown, error: AppError, cause?: unknown) => {
      const fields = { channel, code: error.code, ids: safeIdsIn(input) };
      if (error.code === 'storage' || error.code === 'internal') events.error('ipc:failed', fields);
      else warnQuietly(events, fields, cause);
      return fail(error);
    };
    table[channel] = async (input: unknown) => {
      const parsed = parseInput(contract[channel].input, input);
      if (!parsed.success) return refused(input, parsed.error, parsed.cause);
      try {
        return { ok: true, value: await implementation(parsed.data) };
      } catch (error) {
        if (error instanceof AppError) return refused(input, error);
        if (error instanceof ZodError) return refused(input, invalidInput(error));
        log(`Handler ${channel} failed`, error);
        events.error('ipc:failed', { channel, code: 'internal', ids: safeIdsIn(input) }, error);
        return fail(
          new AppError(
            'internal',
            'Something went wrong and nothing was saved. Try again; if it keeps happening, restart Coachbook.',
          ),
        );
      }
    };
  }
  return table;
}

/**
 * Parses an input from the renderer, which may be anything at all: every way it can fail, even
 * reading it (a getter or proxy that throws), ends in an `invalid_input` error, never a throw.
 * Messages come from the schema or from `readableIssue`, which never turns the input into text.
 * What was thrown goes to the event log as `cause` (its class and code locations, no message),
 * so a refinement that throws on good input still leaves a trace.
 */
function parseInput(
  schema: z.ZodType,
  input: unknown,
): { success: true; data: unknown } | { success: false; error: AppError; cause?: unknown } {
  try {
    const parsed = schema.safeParse(input, { error: readableIssue });
    return parsed.success ? parsed : { success: false, error: invalidInput(parsed.error) };
  } catch (cause) {
    return { success: false, error: new AppError('invalid_input', UNREADABLE_INPUT), cause };
  }
}

/** At most this many field messages cross back: a list of a million bad items needs only a few. */
const MAX_FIELDS = 20;

function invalidInput(error: ZodError): AppError {
  const fields = Object.entries(fieldErrors(error)).slice(0, MAX_FIELDS);
  return new AppError('invalid_input', summarizeIssues(error), Object.fromEntries(fields));
}

/**
 * The ids for the event log; none when reading the input throws (a getter, a proxy), and none
 * from a list, whose every index would otherwise be looked at.
 */
function safeIdsIn(input: unknown): Record<string, string> | undefined {
  try {
    return Array.isArray(input) ? undefined : idsIn(input);
  } catch {
    return undefined;
  }
}

/**
 * Logs a refusal with what the input threw, if the log can describe it: a thrown proxy, or an
 * error whose getters throw, is logged without it. The answer never fails because of the log.
 */
function warnQuietly(
  events: EventLog,
  fields: Parameters<EventLog['warn']>[1],
  cause: unknown,
): void {
  try {
    events.warn('ipc:refused', fields, cause);
  } catch {
    if (cause !== undefined) events.warn('ipc:refused', fields);
  }
}

function fail(error: AppError): Envelope<never> {
  return { ok: false, error: error.toShape() };
}

/** Looks a channel up by name, answering unknown names with an envelope too. */
export function dispatch(
  table: HandlerTable,
  channel: unknown,
  input: unknown,
): Promise<Envelope<unknown>> {
  if (!isChannel(channel)) {
    return Promise.resolve(fail(new AppError('unknown_channel', unknownChannelMessage(channel))));
  }
  return table[channel](input);
}

/** Never turns a name that is not a string into text: `String({ toString: 1 })` throws. */
function unknownChannelMessage(channel: unknown): string {
  if (typeof channel !== 'string') return 'Coachbook has no such channel: a channel name is text.';
  const name = channel.length > 80 ? `${channel.slice(0, 80)}…` : channel;
  return `Coachbook has no channel called ${name}.`;
}
