import type { App } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushBeforeQuit } from '../../../electron/main/lifecycle';
import { app, fakeEvent, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

/** A flush the test finishes by hand, to see what happens while it runs. */
function deferredFlush() {
  let finish: (error?: Error) => void = () => {};
  const flush = vi.fn(
    () =>
      new Promise<void>((resolve, reject) => {
        finish = (error) => (error ? reject(error) : resolve());
      }),
  );
  return { flush, finish: (error?: Error) => finish(error) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('flushBeforeQuit', () => {
  beforeEach(() => resetFakeElectron());
  afterEach(() => vi.restoreAllMocks());

  it('holds the first quit until the flush is done, then quits again', async () => {
    const { flush, finish } = deferredFlush();
    const onQuitting = vi.fn();
    flushBeforeQuit(app as unknown as App, flush, onQuitting);

    const first = fakeEvent();
    app.emit('before-quit', first);
    expect(first.preventDefault).toHaveBeenCalledTimes(1);
    expect(onQuitting).toHaveBeenCalledTimes(1);
    expect(flush).toHaveBeenCalledTimes(1);

    await settle();
    expect(app.quit).not.toHaveBeenCalled();

    finish();
    await settle();
    expect(app.quit).toHaveBeenCalledTimes(1);

    const second = fakeEvent();
    app.emit('before-quit', second);
    expect(second.preventDefault).not.toHaveBeenCalled();
    expect(flush).toHaveBeenCalledTimes(1);
    expect(onQuitting).toHaveBeenCalledTimes(2);
  });

  it('still quits when the flush fails, and reports it', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { flush, finish } = deferredFlush();
    flushBeforeQuit(app as unknown as App, flush, vi.fn());

    app.emit('before-quit', fakeEvent());
    finish(new Error('disk full'));
    await settle();

    expect(app.quit).toHaveBeenCalledTimes(1);
    expect(error).toHaveBeenCalledWith(
      'Coachbook could not flush before quitting',
      expect.any(Error),
    );
  });
});
