import { ZodError } from 'zod';
import {
  contract,
  isChannel,
  type Channel,
  type ChannelOutput,
  type ParsedInput,
} from '../../shared/ipc/contract';
import { AppError, type Envelope } from '../../shared/ipc/errors';
import { fieldErrors, summarizeIssues } from '../../shared/model/validation';
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
    const refused = (input: unknown, error: AppError) => {
      const fields = { channel, code: error.code, ids: idsIn(input) };
      if (error.code === 'storage' || error.code === 'internal') events.error('ipc:failed', fields);
      else events.warn('ipc:refused', fields);
      return fail(error);
    };
    table[channel] = async (input: unknown) => {
      const parsed = contract[channel].input.safeParse(input);
      if (!parsed.success) return refused(input, invalidInput(parsed.error));
      try {
        return { ok: true, value: await implementation(parsed.data) };
      } catch (error) {
        if (error instanceof AppError) return refused(input, error);
        if (error instanceof ZodError) return refused(input, invalidInput(error));
        log(`Handler ${channel} failed`, error);
        events.error('ipc:failed', { channel, code: 'internal', ids: idsIn(input) }, error);
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

function invalidInput(error: ZodError): AppError {
  return new AppError('invalid_input', summarizeIssues(error), fieldErrors(error));
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
    return Promise.resolve(
      fail(new AppError('unknown_channel', `Coachbook has no channel called ${String(channel)}.`)),
    );
  }
  return table[channel](input);
}
