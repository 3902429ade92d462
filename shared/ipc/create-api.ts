import { AppError, type Envelope } from './errors';
import { CHANNELS, type Channel, type ChannelInput, type ChannelOutput } from './contract';
import { isAppEvent, type AppEvent, type EventPayload } from './events';

/** Sends one channel's input across the boundary and resolves with the handler's envelope. */
export type Invoke = (channel: Channel, input: unknown) => Promise<unknown>;
export type Subscribe = (event: AppEvent, listener: (payload: unknown) => void) => () => void;

type Area = Channel extends `${infer A}:${string}` ? A : never;
type Method<C extends Channel> = (
  ...args: undefined extends ChannelInput<C> ? [input?: ChannelInput<C>] : [input: ChannelInput<C>]
) => Promise<ChannelOutput<C>>;

export type CoachbookApi = {
  [A in Area]: { [C in Channel as C extends `${A}:${infer V}` ? V : never]: Method<C> };
} & {
  events: {
    on<E extends AppEvent>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
  };
};

function isEnvelope(value: unknown): value is Envelope<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  if (value.ok === true) return 'value' in value;
  if (value.ok !== false || !('error' in value)) return false;
  const error = value.error as { code?: unknown; message?: unknown } | null;
  return typeof error?.code === 'string' && typeof error.message === 'string';
}

/** Builds `window.coachbook`: one method per channel, errors rethrown as `AppError`. */
export function createApi(invoke: Invoke, subscribe?: Subscribe): CoachbookApi {
  const api: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {};
  for (const channel of CHANNELS) {
    const [area, verb] = channel.split(':') as [string, string];
    api[area] ??= {};
    api[area][verb] = async (input?: unknown) => {
      const envelope = await invoke(channel, input);
      if (!isEnvelope(envelope)) {
        throw new AppError('internal', `No valid answer came back for ${channel}.`);
      }
      if (envelope.ok) return envelope.value;
      throw new AppError(envelope.error.code, envelope.error.message, envelope.error.fields);
    };
  }
  const on = (event: AppEvent, listener: (payload: unknown) => void) => {
    if (!subscribe || !isAppEvent(event)) return () => {};
    return subscribe(event, listener);
  };
  return { ...api, events: { on } } as unknown as CoachbookApi;
}
