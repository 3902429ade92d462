import type { TeamDocument } from '../../shared/model/documents';
import type { Channel, ChannelOutput, ParsedInput } from '../../shared/ipc/contract';
import type { CaptureShortcutState } from '../../shared/ipc/channels/recognition';
import type { StartAtLoginState } from '../../shared/ipc/channels/app';
import type { Notices } from './app/notices';
import type { Clock } from './clock';
import type { NotificationStatus } from '../../shared/model/reminders';
import type { EventLog } from './logging/event-log';
import type { PeopleRepository } from './people/people-repository';
import type { PeopleService } from './people/people-service';
import type { RemindersService } from './reminders/reminders-service';
import type { DocumentFile, StoreContext } from './storage/document-file';

/** What every feature's handlers may use: the clock, the store and the documents. */
export interface BackendContext {
  clock: Clock;
  dataDir: string;
  notices: Notices;
  store: StoreContext;
  people: PeopleRepository;
  /**
   * The one roster service: every area that adds or renames people (the people screen, the KPI
   * import) goes through it, so its duplicate-name check runs in one queue.
   */
  peopleService: PeopleService;
  team: DocumentFile<TeamDocument>;
  appVersion: string;
  platform: string;
  /** The system's locale (`en-US`), for defaults such as the first day of the week. */
  locale: string;
  /** The desktop shell's quick capture (global shortcut, capture window); absent in the web host. */
  quickCapture?: QuickCaptureHost;
  /** The log a lead can send: ids and error codes only (logging/event-log.ts). */
  eventLog: EventLog;
  /** The desktop shell's log folder; absent in the web host. */
  logFolder?: LogFolderHost;
  /** Start at login (login items, XDG autostart); absent in the web host. */
  loginItems?: LoginItemHost;
  /** The bell, snooze, dismiss, pause and the reminder settings (reminders/reminders-service.ts). */
  reminders: RemindersService;
}

/** A reminder as the OS notification shows it; a click opens `route`. */
export interface ReminderNotification {
  id: string;
  title: string;
  body: string;
  route: string;
  /**
   * The reminders it stands for (a digest stands for several): the notification's Snooze and
   * Dismiss buttons act on all of them. Absent: the reminder `id` alone.
   */
  reminderIds?: string[];
}

/**
 * What electron/main lends the reminder engine to show OS notifications (Electron's
 * `Notification`); the web test host passes one that records them. Without a host, reminders
 * still reach the bell.
 */
export interface NotificationHost {
  status(): NotificationStatus;
  /** Shows one notification; `ok: false` with the system's reason when it could not. */
  show(notification: ReminderNotification): Promise<{ ok: true } | { ok: false; message: string }>;
}

/** What electron/main lends the backend so Settings can show the log folder. */
export interface LogFolderHost {
  path: string;
  /** Opens the folder in the system's file manager; `message` is the system's reason when it cannot. */
  open(): Promise<{ ok: true } | { ok: false; message: string }>;
}

/** What electron/main lends the backend so Settings can turn start at login on and off. */
export interface LoginItemHost {
  state(): Promise<StartAtLoginState>;
  /** `ok: false` with the system's reason when it could not change it. */
  set(enabled: boolean): Promise<{ ok: true } | { ok: false; message: string }>;
}

/** What electron/main lends the backend so the renderer can reach the global shortcut. */
export interface QuickCaptureHost {
  shortcut(): CaptureShortcutState;
  /** Registers another shortcut; when the OS refuses it, the previous one stays and `message` says why. */
  setShortcut(accelerator: string): Promise<{ ok: true } | { ok: false; message: string }>;
  openWindow(): void;
}

type Implementation<C extends Channel> = (
  input: ParsedInput<C>,
) => ChannelOutput<C> | Promise<ChannelOutput<C>>;

/** The implementations of every channel in one area (`people:*`), as a feature module provides them. */
export type AreaHandlers<Area extends string> = {
  [C in Channel as C extends `${Area}:${string}` ? C : never]: Implementation<C>;
};
