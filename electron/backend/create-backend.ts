import type { Envelope } from '../../shared/ipc/errors';
import { appHandlers } from './app/handlers';
import { systemClock, type Clock } from './clock';
import type {
  BackendContext,
  LogFolderHost,
  LoginItemHost,
  NotificationHost,
  QuickCaptureHost,
} from './context';
import { buildHandlerTable, dispatch, type HandlerTable } from './handler-table';
import { noEventLog, type EventLog } from './logging/event-log';
import { meetingsHandlers } from './meetings/handlers';
import { pointsHandlers } from './points/handlers';
import { actionsHandlers } from './actions/handlers';
import { briefHandlers } from './brief/handlers';
import { exportHandlers } from './export/handlers';
import { peopleHandlers } from './people/handlers';
import { PeopleRepository } from './people/people-repository';
import { PeopleService } from './people/people-service';
import { questionsHandlers } from './questions/handlers';
import { feedbackHandlers } from './feedback/handlers';
import { recognitionHandlers } from './recognition/handlers';
import { valuesHandlers } from './values/handlers';
import { growthHandlers } from './growth/handlers';
import { kpisHandlers } from './kpis/handlers';
import { importsHandlers } from './imports/handlers';
import { DataChanges, type DataChangeListener } from './storage/data-changes';
import { DocumentFile, type StoreContext } from './storage/document-file';
import type { StorageFs } from './storage/fs';
import { openStore } from './storage/open-store';
import { newTeamDocument, TEAM_FILE, teamKind } from './team/team-kind';
import { todayHandlers } from './today/handlers';
import { remindersHandlers } from './reminders/handlers';
import { startReminders } from './reminders/start-reminders';
import type { ReminderTimer } from './reminders/timer';

export interface BackendOptions {
  dataDir: string;
  clock?: Clock;
  appVersion?: string;
  platform?: string;
  /** The system's locale; Electron passes `app.getLocale()`, else the runtime's default. */
  locale?: string;
  /** The global shortcut and capture window; the Electron host passes them, the web host does not. */
  quickCapture?: QuickCaptureHost;
  /** A developer's console: gets whole errors. */
  log?: (message: string, error: unknown) => void;
  /** The log a lead can send (ids and error codes only); the Electron host writes it to a file. */
  eventLog?: EventLog;
  /** The log folder, which Settings opens; the Electron host passes it, the web host does not. */
  logFolder?: LogFolderHost;
  /** Start at login; the Electron host passes it, the web host does not. */
  loginItems?: LoginItemHost;
  /** The file system the store uses; tests inject faults (a full disk, a read-only folder). */
  fs?: StorageFs;
  /** OS notifications for reminders; the Electron host passes them. Absent: the bell only. */
  notifications?: NotificationHost;
  /** The reminder engine's timer; tests pass a fake one (with a clock they move). */
  timer?: ReminderTimer;
}

export interface Backend {
  handlers: HandlerTable;
  invoke(channel: unknown, input: unknown): Promise<Envelope<unknown>>;
  /** Resolves once every queued write is on disk. */
  flush(): Promise<void>;
  /** Flushes and releases the data folder's lock. Call before quitting. */
  close(): Promise<void>;
  /**
   * Calls `listener` after every durable write with the document it changed (a person by id, or
   * the team); answers the unsubscribe. The main process relays it to every window.
   */
  onDataChanged(listener: DataChangeListener): () => void;
  /**
   * The reminder engine: `wake` makes it look again now (resume, unlock, a time-zone change, a
   * test clock moved); `onChanged` is told when the bell's list changed (answers the unsubscribe).
   */
  reminders: {
    wake(reason: string): void;
    onChanged(listener: () => void): () => void;
    /** Resolves once the engine has finished looking (a test host waits for it after moving the clock). */
    settled(): Promise<void>;
  };
  dataDir: string;
}

/** Everything the app does, with no Electron in sight: the main process and the tests both use it. */
export async function createBackend(options: BackendOptions): Promise<Backend> {
  const clock = options.clock ?? systemClock;
  const { dataDir } = options;
  const log = options.log ?? console.error;
  const changes = new DataChanges((error) => log('A data change listener failed.', error));
  const eventLog = options.eventLog ?? noEventLog;
  // Takes the folder's lock (a second Coachbook opens nothing), finishes interrupted saves.
  const opened = await openStore({ dataDir, clock, fs: options.fs, changes, events: eventLog });
  const { ctx: store } = opened;
  const { notices, backups } = store;
  const loaded = await loadDocuments(store, clock).catch(async (error: unknown) => {
    await opened.close();
    throw error;
  });
  const { team, people } = loaded;
  const reminders = await startReminders({
    store,
    clock,
    people,
    team,
    changes,
    host: options.notifications,
    timer: options.timer,
    log,
  }).catch(async (error: unknown) => {
    await opened.close();
    throw error;
  });
  await backups.prune().catch(() => undefined);
  await notices.flush();

  const ctx: BackendContext = {
    clock,
    dataDir,
    notices,
    store,
    people,
    peopleService: new PeopleService(people, clock),
    team,
    appVersion: options.appVersion ?? '0.0.0',
    platform: options.platform ?? process.platform,
    locale: options.locale ?? Intl.DateTimeFormat().resolvedOptions().locale,
    quickCapture: options.quickCapture,
    eventLog,
    logFolder: options.logFolder,
    loginItems: options.loginItems,
    reminders: reminders.service,
  };
  const handlers = buildHandlerTable(
    {
      ...appHandlers(ctx),
      ...peopleHandlers(ctx),
      ...todayHandlers(ctx),
      ...meetingsHandlers(ctx),
      ...pointsHandlers(ctx),
      ...actionsHandlers(ctx),
      ...briefHandlers(ctx),
      ...exportHandlers(ctx),
      ...questionsHandlers(ctx),
      ...recognitionHandlers(ctx),
      ...feedbackHandlers(ctx),
      ...valuesHandlers(ctx),
      ...growthHandlers(ctx),
      ...kpisHandlers(ctx),
      ...importsHandlers(ctx),
      ...remindersHandlers(ctx),
    },
    options.log,
    ctx.eventLog,
  );

  return {
    handlers,
    dataDir,
    invoke: (channel, input) => dispatch(handlers, channel, input),
    flush: () => opened.flush(),
    close: async () => {
      // Before the lock goes: the engine's last look is saved in the folder it still holds.
      await reminders.stop();
      await opened.close();
    },
    onDataChanged: (listener) => changes.subscribe(listener),
    reminders: {
      wake: reminders.wake,
      onChanged: reminders.onChanged,
      settled: reminders.settled,
    },
  };
}

async function loadDocuments(store: StoreContext, clock: Clock) {
  const team = await DocumentFile.open(
    TEAM_FILE,
    teamKind,
    store,
    () => newTeamDocument(clock()),
    () => ({ kind: 'team' }),
  );
  if (!team) throw new Error('The team file could not be opened.');
  const people = new PeopleRepository(store);
  await people.load();
  return { team, people };
}
