import type {
  Notification as ElectronNotification,
  NotificationConstructorOptions,
} from 'electron';
import type { NotificationHost, ReminderNotification } from '../../backend/context';

type NotificationClass = {
  new (options: NotificationConstructorOptions): ElectronNotification;
  isSupported(): boolean;
};

/** What a reminder's notification can ask for: open its screen, snooze it, or dismiss it. */
export interface ReminderResponses {
  open(route: string): void;
  snooze(ids: string[]): void;
  dismiss(ids: string[]): void;
}

interface NotificationHostOptions {
  Notification: NotificationClass;
  platform: NodeJS.Platform;
  responses: ReminderResponses;
  icon?: string;
  /**
   * How long to wait for the system to say it showed (or could not show) a notification before
   * counting it as shown: Linux reports no failure, and some desktops no `show` either.
   */
  answerWithinMs?: number;
}

/** The buttons, in this order, where the system offers them (macOS and Windows). */
export const ACTIONS = ['Snooze 10 min', 'Dismiss'] as const;

/**
 * More than this many live notifications means the system dropped some without a `close`
 * (Linux does not always send one): the oldest are let go so the map cannot grow for ever.
 */
const MAX_LIVE = 50;

export interface ReminderNotificationHost extends NotificationHost {
  /** Notifications still on screen or in the notification centre, by occurrence id. */
  readonly live: ReadonlyMap<string, ElectronNotification>;
  /** When the last click or button on one of ours was handled (for Windows' activation handler). */
  lastHandledAt(): number;
}

/**
 * Electron's `Notification` for the reminder engine. Each shown notification is kept in `live`
 * until it is clicked, closed or failed: Electron drops the click of a notification nothing
 * references. A click opens the reminder's screen (and only a click brings the window forward);
 * the buttons snooze or dismiss without opening anything.
 */
export function electronNotificationHost(
  options: NotificationHostOptions,
): ReminderNotificationHost {
  const { Notification, platform, responses } = options;
  const live = new Map<string, ElectronNotification>();
  const withButtons = platform === 'darwin' || platform === 'win32';
  let handledAt = 0;

  const forget = (id: string, notification: ElectronNotification) => {
    if (live.get(id) === notification) live.delete(id);
  };

  return {
    live,
    lastHandledAt: () => handledAt,
    status: () => (Notification.isSupported() ? 'available' : 'unsupported'),
    show(reminder: ReminderNotification) {
      if (!Notification.isSupported()) {
        return Promise.resolve({
          ok: false as const,
          message: 'This system does not show notifications.',
        });
      }
      return new Promise((resolve) => {
        let answered = false;
        const answer = (result: { ok: true } | { ok: false; message: string }) => {
          if (answered) return;
          answered = true;
          clearTimeout(fallback);
          resolve(result);
        };
        const fallback = setTimeout(() => answer({ ok: true }), options.answerWithinMs ?? 3_000);
        let notification: ElectronNotification;
        try {
          notification = new Notification({
            id: reminder.id,
            title: reminder.title,
            body: reminder.body,
            ...(options.icon ? { icon: options.icon } : {}),
            ...(withButtons
              ? { actions: ACTIONS.map((text) => ({ type: 'button' as const, text })) }
              : {}),
          });
        } catch (error) {
          answer({ ok: false, message: reasonOf(error) });
          return;
        }
        const handled = () => {
          handledAt = Date.now();
          forget(reminder.id, notification);
        };
        notification.on('click', () => {
          handled();
          responses.open(reminder.route);
        });
        notification.on('action', (details: unknown, index?: number) => {
          handled();
          const action = ACTIONS[actionIndexOf(details, index)];
          const ids = reminder.reminderIds?.length ? reminder.reminderIds : [reminder.id];
          if (action === 'Snooze 10 min') responses.snooze(ids);
          else if (action === 'Dismiss') responses.dismiss(ids);
        });
        notification.on('close', () => forget(reminder.id, notification));
        notification.on('show', () => answer({ ok: true }));
        notification.on('failed', (_event: unknown, error?: string) => {
          forget(reminder.id, notification);
          answer({ ok: false, message: error || 'The system did not show the notification.' });
        });
        // Showing again under the same id replaces the one on screen: keep only the newest.
        live.delete(reminder.id);
        live.set(reminder.id, notification);
        while (live.size > MAX_LIVE) live.delete(live.keys().next().value!);
        try {
          notification.show();
        } catch (error) {
          forget(reminder.id, notification);
          answer({ ok: false, message: reasonOf(error) });
        }
      });
    },
  };
}

/** Electron 45 passes `{ actionIndex }`; older versions passed the index as a second argument. */
function actionIndexOf(details: unknown, index: number | undefined): number {
  if (typeof details === 'object' && details !== null && 'actionIndex' in details) {
    const value = (details as { actionIndex: unknown }).actionIndex;
    if (typeof value === 'number') return value;
  }
  return index ?? -1;
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
