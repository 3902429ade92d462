/** The engine's timer; tests inject a fake one (and a clock they move). */
export interface ReminderTimer {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The engine looks at the clock at least this often, so a sleep or a clock jump is seen within a minute. */
export const MAX_WAIT_MS = 60_000;
/** ... and at most this often while something is about to fall due. */
export const MIN_WAIT_MS = 1_000;

/** How long to wait for `next`: never more than a minute (far below 2^31-1 ms), never a busy loop. */
export function waitFor(next: Date | null, now: Date): number {
  if (next === null) return MAX_WAIT_MS;
  const ms = next.getTime() - now.getTime();
  return Math.min(MAX_WAIT_MS, Math.max(MIN_WAIT_MS, ms));
}

export const realTimer: ReminderTimer = {
  setTimeout: (callback, ms) => {
    const handle = setTimeout(callback, ms);
    // The engine never keeps a process alive on its own: the window or the tray does.
    handle.unref();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};
