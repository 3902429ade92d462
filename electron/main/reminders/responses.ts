import type { Notification as ElectronNotification } from 'electron';
import type { Backend } from '../../backend/create-backend';
import type { ReminderResponses } from './notifications';

/**
 * What a notification's click and buttons do. The backend is looked up when the lead answers:
 * the notification host is lent to the backend before the backend exists.
 */
export function reminderResponses(
  backend: () => Pick<Backend, 'invoke'> | undefined,
  openRoute: (path: string) => void,
  log: (message: string, error: unknown) => void = console.error,
): ReminderResponses {
  const call = (channel: string, input: unknown) => {
    const target = backend();
    if (!target) return;
    void target.invoke(channel, input).then((envelope) => {
      if (!envelope.ok) log(`A notification's ${channel} failed.`, envelope.error);
    });
  };
  return {
    open: openRoute,
    snooze: (ids) => {
      for (const id of ids) call('reminders:snooze', { id, for: '10m' });
    },
    dismiss: (ids) => call('reminders:dismiss', { ids }),
  };
}

type ActivationSource = Pick<typeof ElectronNotification, 'handleActivation'>;

/**
 * Windows only: a click in the Action Center on a toast from before a restart (or one whose
 * object is gone) reaches no instance; Electron's activation handler gets it instead. Which
 * reminder it was is not known then, so the window opens and the bell lists it. When the live
 * object got the click too, its own handler already acted: this one stands down.
 */
export function handleWindowsActivation(
  Notification: ActivationSource,
  platform: NodeJS.Platform,
  lastHandledAt: () => number,
  openWindow: () => void,
): void {
  if (platform !== 'win32') return;
  Notification.handleActivation(() => {
    // The instance's event may come just after this callback: look once both had their turn.
    setTimeout(() => {
      if (Date.now() - lastHandledAt() > 2_000) openWindow();
    }, 250);
  });
}
