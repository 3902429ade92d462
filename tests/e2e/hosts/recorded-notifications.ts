import type { NotificationHost, ReminderNotification } from '../../../electron/backend/context';
import type { NotificationStatus } from '../../../shared/model/reminders';

/**
 * The web host's stand-in for the OS: it records what the reminder engine shows, and answers the
 * status a spec asked for ('denied' and 'unsupported' show the banner; nothing is shown then).
 */
export function recordedNotifications(status: NotificationStatus) {
  const shown: ReminderNotification[] = [];
  const host: NotificationHost = {
    status: () => status,
    show: async ({ id, title, body, route }) => {
      if (status !== 'available') return { ok: false, message: `Notifications are ${status}.` };
      shown.push({ id, title, body, route });
      return { ok: true };
    },
  };
  return { host, shown };
}
