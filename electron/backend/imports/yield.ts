/**
 * Lets the event loop run what is waiting (other IPC calls, timers, the progress poll) before
 * going on: long import work is split at these points so no turn holds the loop for long.
 */
export const yieldToEventLoop = (): Promise<void> =>
  new Promise<void>((resolve) => setImmediate(resolve));
