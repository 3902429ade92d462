import type { App } from 'electron';

/**
 * Holds quit until every queued write is on disk: `before-quit` is cancelled once, the flush
 * runs, then quit is asked for again.
 */
export function flushBeforeQuit(
  app: Pick<App, 'on' | 'quit'>,
  flush: () => Promise<void>,
  onQuitting: () => void,
): void {
  let flushed = false;
  app.on('before-quit', (event) => {
    onQuitting();
    if (flushed) return;
    event.preventDefault();
    flush()
      .catch((error: unknown) => console.error('Coachbook could not flush before quitting', error))
      .finally(() => {
        flushed = true;
        app.quit();
      });
  });
}
