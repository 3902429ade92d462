import type { CoachbookApi } from '../../../shared/ipc/create-api';

/**
 * Opens the route the main process asks for (`app:navigate`, after a notification click).
 * Subscribed while the entry module runs, before the page's load ends: the main process sends
 * to a window it just created once the load ended, and nothing may be listening later than that.
 */
export function followNavigation(
  router: { navigate(path: string): unknown },
  events: CoachbookApi['events'],
): () => void {
  return events.on('app:navigate', ({ path }) => {
    if (path.startsWith('/')) void router.navigate(path);
  });
}
