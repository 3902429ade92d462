import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../../shared/ipc/contract';
import { createApi, type Invoke, type Subscribe } from '../../../../shared/ipc/create-api';
import { AppError } from '../../../../shared/ipc/errors';
import type { AppEvent } from '../../../../shared/ipc/events';

const answering = (answer: unknown) => vi.fn<Invoke>(async () => answer);

/** The error a call rejects with, so its fields can be checked one by one. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('The call resolved, but it should have failed.');
}

describe('createApi', () => {
  it('builds one nested method per channel of the contract', () => {
    const api = createApi(answering({ ok: true, value: null })) as unknown as Record<
      string,
      Record<string, unknown>
    >;
    for (const channel of CHANNELS) {
      const [area, verb] = channel.split(':') as [string, string];
      expect(typeof api[area]?.[verb], channel).toBe('function');
    }
    // One object per area of the contract, plus `events`, and nothing else.
    const areas = [...new Set(CHANNELS.map((c) => c.split(':')[0]!))];
    expect(Object.keys(api).sort()).toEqual([...areas, 'events'].sort());
    expect(areas).toEqual(
      expect.arrayContaining([
        'actions',
        'app',
        'brief',
        'export',
        'meetings',
        'people',
        'points',
        'questions',
        'today',
      ]),
    );
  });

  it('sends the channel name and the input, and unwraps an ok envelope', async () => {
    const invoke = answering({ ok: true, value: [{ id: 'p-1' }] });
    const api = createApi(invoke);
    await expect(api.people.list()).resolves.toEqual([{ id: 'p-1' }]);
    expect(invoke).toHaveBeenCalledWith('people:list', undefined);

    await api.people.get({ id: 'p-7' });
    expect(invoke).toHaveBeenLastCalledWith('people:get', { id: 'p-7' });
  });

  it('throws an AppError with code, message and fields for a failure envelope', async () => {
    const invoke = answering({
      ok: false,
      error: { code: 'invalid_input', message: 'Name is required.', fields: { name: 'Required' } },
    });
    const error = await rejection(createApi(invoke).people.create({} as never));
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code: 'invalid_input',
      message: 'Name is required.',
      fields: { name: 'Required' },
    });
  });

  it('throws an AppError without fields when the failure has none', async () => {
    const invoke = answering({ ok: false, error: { code: 'not_found', message: 'Gone.' } });
    const error = (await rejection(createApi(invoke).people.get({ id: 'x' }))) as AppError;
    expect(error.code).toBe('not_found');
    expect(error.fields).toBeUndefined();
  });

  it.each([null, undefined, 'ok', 42, { value: 1 }])(
    'throws an internal AppError for a non-envelope answer (%j)',
    async (answer) => {
      const error = (await rejection(createApi(answering(answer)).app.info())) as AppError;
      expect(error).toBeInstanceOf(AppError);
      expect(error.code).toBe('internal');
      expect(error.message).toBe('No valid answer came back for app:info.');
    },
  );

  it('throws an internal AppError for a failure envelope without an error', async () => {
    // A malformed answer must still surface as AppError, not as a TypeError from inside createApi.
    const error = await rejection(createApi(answering({ ok: false })).app.info());
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('internal');
  });

  it('passes a rejected invoke through unchanged', async () => {
    const failure = new Error('IPC is gone');
    const api = createApi(vi.fn<Invoke>(async () => Promise.reject(failure)));
    await expect(api.today.overview()).rejects.toBe(failure);
  });
});

describe('createApi events', () => {
  it('subscribes to a declared event and returns its unsubscribe', () => {
    const unsubscribe = vi.fn();
    const subscribe = vi.fn<Subscribe>(() => unsubscribe);
    const api = createApi(answering(null), subscribe);
    const listener = vi.fn();

    const off = api.events.on('data:changed', listener);
    expect(subscribe).toHaveBeenCalledWith('data:changed', listener);
    off();
    expect(unsubscribe).toHaveBeenCalledTimes(1);
  });

  it('ignores events the contract does not declare', () => {
    const subscribe = vi.fn<Subscribe>(() => () => {});
    const api = createApi(answering(null), subscribe);
    const off = api.events.on('people:list' as AppEvent, vi.fn());
    expect(subscribe).not.toHaveBeenCalled();
    expect(() => off()).not.toThrow();
  });

  it('does nothing when no subscribe function was given', () => {
    const api = createApi(answering(null));
    expect(() => api.events.on('data:changed', vi.fn())()).not.toThrow();
  });
});
