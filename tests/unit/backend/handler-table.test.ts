import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import {
  buildHandlerTable,
  dispatch,
  type HandlerImplementations,
} from '../../../electron/backend/handler-table';
import { CHANNELS } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/errors';

/** Every channel answers `value`, except the ones given. */
function implementations(overrides: Partial<Record<string, (input: unknown) => unknown>> = {}) {
  const table: Record<string, (input: unknown) => unknown> = {};
  for (const channel of CHANNELS) table[channel] = overrides[channel] ?? (() => 'value');
  return table as unknown as HandlerImplementations;
}

describe('buildHandlerTable', () => {
  it('has one handler per channel of the contract', () => {
    expect(Object.keys(buildHandlerTable(implementations())).sort()).toEqual([...CHANNELS].sort());
  });

  it('hands the parsed input (with defaults) to the implementation', async () => {
    const list = vi.fn(() => []);
    const table = buildHandlerTable(implementations({ 'people:list': list }));
    expect(await table['people:list']({})).toEqual({ ok: true, value: [] });
    expect(list).toHaveBeenCalledWith({ includeArchived: true });
  });

  it('refuses bad input before the implementation runs', async () => {
    const get = vi.fn();
    const table = buildHandlerTable(implementations({ 'people:get': get }));
    expect(await table['people:get']({ id: '' })).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'An id is required.',
        fields: { id: 'An id is required.' },
      },
    });
    expect(get).not.toHaveBeenCalled();
  });

  it('passes an AppError through as its shape', async () => {
    const table = buildHandlerTable(
      implementations({
        'people:get': () => {
          throw new AppError('not_found', 'Gone.');
        },
      }),
    );
    expect(await table['people:get']({ id: 'x' })).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'Gone.' },
    });
  });

  it('turns a ZodError thrown by a service into invalid_input', async () => {
    const schema = z.object({ name: z.string().min(1, 'Too short.') });
    const table = buildHandlerTable(
      implementations({ 'people:get': () => schema.parse({ name: '' }) }),
    );
    const answer = await table['people:get']({ id: 'x' });
    expect(answer).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'Too short.', fields: { name: 'Too short.' } },
    });
  });

  it('hides an unexpected error behind an internal error and logs it', async () => {
    const log = vi.fn();
    const boom = new Error('disk on fire');
    const table = buildHandlerTable(
      implementations({
        'people:get': async () => Promise.reject(boom),
      }),
      log,
    );
    const answer = await table['people:get']({ id: 'x' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(answer)).not.toContain('disk on fire');
    expect(log).toHaveBeenCalledWith('Handler people:get failed', boom);
  });
});

describe('dispatch', () => {
  const table = buildHandlerTable(implementations());

  it('routes a known channel', async () => {
    expect(await dispatch(table, 'app:info', undefined)).toEqual({ ok: true, value: 'value' });
  });

  it.each(['nope', '__proto__', 'constructor', undefined, 7])(
    'answers unknown_channel for %j',
    async (channel) => {
      const answer = await dispatch(table, channel, undefined);
      expect(answer).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    },
  );
});
