import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAutosave } from '../../../../renderer/features/meetings/use-autosave';

const DELAY = 300;

/** A save the test settles by hand, to hold one in flight. */
function controlledSave() {
  const calls: { value: string; resolve: () => void; reject: (e: Error) => void }[] = [];
  const save = vi.fn(
    (value: string) =>
      new Promise<void>((resolve, reject) => calls.push({ value, resolve, reject })),
  );
  return { save, calls };
}

/** Lets the hook's promise chain run (the save's await, the loop for the next value). */
const settle = () => act(async () => {});

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
});

describe('useAutosave', () => {
  it('waits for a pause in typing, then saves the latest text only', async () => {
    const { save, calls } = controlledSave();
    const { result } = renderHook(() => useAutosave(save, DELAY));

    act(() => {
      result.current.schedule('H');
      result.current.schedule('He');
      result.current.schedule('Hello');
    });
    act(() => vi.advanceTimersByTime(DELAY - 1));
    expect(save).not.toHaveBeenCalled();

    act(() => vi.advanceTimersByTime(1));
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenLastCalledWith('Hello');
    expect(result.current.state).toBe('saving');

    calls[0]!.resolve();
    await settle();
    expect(result.current.state).toBe('saved');
  });

  it('keeps one save in flight; what was typed meanwhile follows it, newest only', async () => {
    const { save, calls } = controlledSave();
    const { result } = renderHook(() => useAutosave(save, DELAY));

    act(() => result.current.schedule('one'));
    act(() => vi.advanceTimersByTime(DELAY));
    expect(save).toHaveBeenCalledTimes(1);

    // Typing goes on while the first save is on its way.
    act(() => result.current.schedule('one two'));
    act(() => vi.advanceTimersByTime(DELAY));
    act(() => result.current.schedule('one two three'));
    act(() => vi.advanceTimersByTime(DELAY));
    expect(save).toHaveBeenCalledTimes(1);

    calls[0]!.resolve();
    await settle();
    expect(save).toHaveBeenCalledTimes(2);
    expect(save).toHaveBeenLastCalledWith('one two three');

    calls[1]!.resolve();
    await settle();
    expect(save).toHaveBeenCalledTimes(2);
    expect(result.current.state).toBe('saved');
  });

  it('sends pending text at once when the page is hidden or left', async () => {
    const { save, calls } = controlledSave();
    const { result } = renderHook(() => useAutosave(save, DELAY));

    act(() => result.current.schedule('closing the laptop'));
    act(() => void window.dispatchEvent(new Event('pagehide')));
    expect(save).toHaveBeenCalledWith('closing the laptop');
    calls[0]!.resolve();
    await settle();

    act(() => result.current.schedule('switching apps'));
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    act(() => void document.dispatchEvent(new Event('visibilitychange')));
    expect(save).toHaveBeenLastCalledWith('switching apps');
    calls[1]!.resolve();
    await settle();

    // Nothing pending: the timer that was set finds nothing left to send.
    act(() => vi.advanceTimersByTime(DELAY));
    expect(save).toHaveBeenCalledTimes(2);
  });

  it('sends pending text when the editor goes away', () => {
    const { save } = controlledSave();
    const { result, unmount } = renderHook(() => useAutosave(save, DELAY));
    act(() => result.current.schedule('leaving the 1:1'));
    unmount();
    expect(save).toHaveBeenCalledWith('leaving the 1:1');
  });

  it('keeps text a save failed on, and sends it with the next flush', async () => {
    const { save, calls } = controlledSave();
    const { result } = renderHook(() => useAutosave(save, DELAY));

    act(() => result.current.schedule('not lost'));
    act(() => vi.advanceTimersByTime(DELAY));
    calls[0]!.reject(new Error('disk full'));
    await settle();
    expect(result.current.state).toBe('error');

    act(() => void result.current.flush());
    expect(save).toHaveBeenCalledTimes(2);
    expect(save).toHaveBeenLastCalledWith('not lost');
    calls[1]!.resolve();
    await settle();
    expect(result.current.state).toBe('saved');
  });

  it('uses the newest save function, not the one of the first render', () => {
    const first = vi.fn(() => Promise.resolve());
    const second = vi.fn(() => Promise.resolve());
    const { result, rerender } = renderHook(({ save }) => useAutosave(save, DELAY), {
      initialProps: { save: first },
    });
    rerender({ save: second });
    act(() => result.current.schedule('text'));
    act(() => vi.advanceTimersByTime(DELAY));
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledWith('text');
  });
});
