import { Notification, powerMonitor, type BrowserWindow, type WebContents } from 'electron';
import type { Backend } from '../../backend/create-backend';
import { relayReminderChanges } from '../data-changes';
import type { TrayHandle } from '../tray';
import { navigateWhenReady } from './navigate';
import { electronNotificationHost } from './notifications';
import { handleWindowsActivation, reminderResponses } from './responses';
import { keepTrayCurrent } from './tray-reminders';
import { watchWakeTriggers } from './wake-triggers';

interface DesktopRemindersOptions {
  platform: NodeJS.Platform;
  icon?: string;
  log?: (message: string, error: unknown) => void;
}

interface AttachOptions {
  /** Brings the main window back (created if it was closed), shown and focused. */
  openMain(): BrowserWindow;
  ownWindows(): WebContents[];
  tray: Pick<TrayHandle, 'showReminders'>;
  locale: string;
}

type ReminderBackend = Pick<Backend, 'invoke' | 'onDataChanged' | 'reminders'>;

/**
 * The desktop side of reminders. The notification host is lent to the backend when it is
 * created; `attach` then wires the rest once the backend and the window exist: a click opens the
 * reminder's screen, the buttons snooze or dismiss, resume and unlock wake the engine, every window
 * hears `reminders:changed`, and the tray says what is next. `attach` answers the stop.
 */
export function desktopReminders(options: DesktopRemindersOptions) {
  const { platform } = options;
  let backend: ReminderBackend | undefined;
  let openRoute: (path: string) => void = () => undefined;
  const notifications = electronNotificationHost({
    Notification,
    platform,
    icon: options.icon,
    responses: reminderResponses(
      () => backend,
      (path) => openRoute(path),
      options.log,
    ),
  });

  function attach(target: ReminderBackend, attachOptions: AttachOptions): () => void {
    backend = target;
    // Only a click comes here: it is the one time a reminder brings the window forward.
    openRoute = (path) => navigateWhenReady(attachOptions.openMain(), path);
    handleWindowsActivation(Notification, platform, notifications.lastHandledAt, () =>
      attachOptions.openMain(),
    );
    const stops = [
      relayReminderChanges(target, attachOptions.ownWindows),
      watchWakeTriggers({
        powerMonitor,
        wake: (reason) => target.reminders.wake(reason),
        timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
      }),
      keepTrayCurrent({
        backend: target,
        showReminders: (state) => attachOptions.tray.showReminders(state),
        locale: attachOptions.locale,
        log: options.log,
      }),
    ];
    return () => {
      for (const stop of stops) stop();
    };
  }

  return { notifications, attach };
}
