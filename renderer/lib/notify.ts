import { notifications } from '@mantine/notifications';
import { messageOf } from './errors';

/** Failure toasts still showing: they are about the page they came from. */
const failureIds = new Set<string>();

/** The toast for a change that did not happen, with the backend's message. */
export function notifyNothingChanged(error: unknown, title = 'Nothing changed'): void {
  const id = notifications.show({
    color: 'red',
    title,
    message: messageOf(error),
    onClose: () => failureIds.delete(id),
  });
  failureIds.add(id);
}

/**
 * Hides the failure toasts of the page the lead just left (AppLayout calls it on every route
 * change): a message about a form on one page does not follow the lead to the next.
 */
export function clearPageFailures(): void {
  for (const id of failureIds) notifications.hide(id);
  failureIds.clear();
}
