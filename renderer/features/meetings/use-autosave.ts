import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

/**
 * Saves while the lead types: at most one save in flight, the latest value always wins, and
 * whatever is pending is sent at once when the page is hidden or left. There is no Save button.
 */
export function useAutosave<T>(save: (value: T) => Promise<unknown>, delayMs = 300) {
  const [state, setState] = useState<SaveState>('idle');
  const pending = useRef<{ value: T } | null>(null);
  const inFlight = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saveRef = useRef(save);
  useLayoutEffect(() => {
    saveRef.current = save;
  }, [save]);

  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (inFlight.current) return;
    inFlight.current = true;
    // Keystrokes that arrive during a save are sent right after it, newest value only.
    while (pending.current) {
      const { value } = pending.current;
      pending.current = null;
      setState('saving');
      try {
        await saveRef.current(value);
        setState('saved');
      } catch {
        // Keep the unsaved value so the next keystroke or flush retries it.
        pending.current ??= { value };
        setState('error');
        break;
      }
    }
    inFlight.current = false;
  }, []);

  const schedule = useCallback(
    (value: T) => {
      pending.current = { value };
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delayMs);
    },
    [delayMs, flush],
  );

  useEffect(() => {
    const now = () => void flush();
    const onHidden = () => document.visibilityState === 'hidden' && now();
    window.addEventListener('pagehide', now);
    window.addEventListener('beforeunload', now);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('pagehide', now);
      window.removeEventListener('beforeunload', now);
      document.removeEventListener('visibilitychange', onHidden);
      now();
    };
  }, [flush]);

  return { state, schedule, flush };
}
