import type { TeamDocument } from '../../shared/model/documents';
import type { Channel, ChannelOutput, ParsedInput } from '../../shared/ipc/contract';
import type { CaptureShortcutState } from '../../shared/ipc/channels/recognition';
import type { Notices } from './app/notices';
import type { Clock } from './clock';
import type { EventLog } from './logging/event-log';
import type { PeopleRepository } from './people/people-repository';
import type { DocumentFile, StoreContext } from './storage/document-file';

/** What every feature's handlers may use: the clock, the store and the documents. */
export interface BackendContext {
  clock: Clock;
  dataDir: string;
  notices: Notices;
  store: StoreContext;
  people: PeopleRepository;
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
}

/** What electron/main lends the backend so Settings can show the log folder. */
export interface LogFolderHost {
  path: string;
  /** Opens the folder in the system's file manager; `message` is the system's reason when it cannot. */
  open(): Promise<{ ok: true } | { ok: false; message: string }>;
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
