import { notifications } from '@mantine/notifications';
import { messageOf } from './errors';

/** The toast for a change that did not happen, with the backend's message. */
export function notifyNothingChanged(error: unknown, title = 'Nothing changed'): void {
  notifications.show({ color: 'red', title, message: messageOf(error) });
}
