import { mkdir } from 'node:fs/promises';
import type { Envelope } from '../../shared/ipc/errors';
import { appHandlers } from './app/handlers';
import { Notices } from './app/notices';
import { systemClock, type Clock } from './clock';
import type { BackendContext, LogFolderHost, QuickCaptureHost } from './context';
import { buildHandlerTable, dispatch, type HandlerTable } from './handler-table';
import { noEventLog, type EventLog } from './logging/event-log';
import { meetingsHandlers } from './meetings/handlers';
import { peopleHandlers } from './people/handlers';
import { PeopleRepository } from './people/people-repository';
import { questionsHandlers } from './questions/handlers';
import { feedbackHandlers } from './feedback/handlers';
import { recognitionHandlers, valuesHandlers } from './recognition/handlers';
import { Backups } from './storage/backups';
import { DataChanges, type DataChangeListener } from './storage/data-changes';
import { DocumentFile, type StoreContext } from './storage/document-file';
import { newTeamDocument, TEAM_FILE, teamKind } from './team/team-kind';
import { todayHandlers } from './today/handlers';

export interface BackendOptions {
  dataDir: string;
  clock?: Clock;
  appVersion?: string;
  platform?: string;
  /** The system's locale; Electron passes `app.getLocale()`, else the runtime's default. */
  locale?: string;
  /** Opens a vetted http(s) URL in the system browser; the Electron host passes `shell.openExternal`. */
  openExternal?: (url: string) => Promise<void>;
  /** The global shortcut and capture window; the Electron host passes them, the web host does not. */
  quickCapture?: QuickCaptureHost;
  /** A developer's console: gets whole errors. */
  log?: (message: string, error: unknown) => void;
  /** The log a lead can send (ids and error codes only); the Electron host writes it to a file. */
  eventLog?: EventLog;
  /** The log folder, which Settings opens; the Electron host passes it, the web host does not. */
  logFolder?: LogFolderHost;
}

export interface Backend {
  handlers: HandlerTable;
  invoke(channel: unknown, input: unknown): Promise<Envelope<unknown>>;
  /** Resolves once every queued write is on disk. Call before quitting. */
  flush(): Promise<void>;
  /**
   * Calls `listener` after every durable write with the document it changed (a person by id, or
   * the team); answers the unsubscribe. The main process relays it to every window.
   */
  onDataChanged(listener: DataChangeListener): () => void;
  dataDir: string;
}

/** Everything the app does, with no Electron in sight: the main process and the tests both use it. */
export async function createBackend(options: BackendOptions): Promise<Backend> {
  const clock = options.clock ?? systemClock;
  const { dataDir } = options;
  await mkdir(dataDir, { recursive: true });
  const notices = new Notices(clock);
  const backups = new Backups(dataDir, clock);
  const log = options.log ?? console.error;
  const changes = new DataChanges((error) => log('A data change listener failed.', error));
  const store: StoreContext = { dataDir, backups, notices, clock, changes };

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
  await backups.prune();

  const ctx: BackendContext = {
    clock,
    dataDir,
    notices,
    store,
    people,
    team,
    appVersion: options.appVersion ?? '0.0.0',
    platform: options.platform ?? process.platform,
    locale: options.locale ?? Intl.DateTimeFormat().resolvedOptions().locale,
    openExternal: options.openExternal,
    quickCapture: options.quickCapture,
    eventLog: options.eventLog ?? noEventLog,
    logFolder: options.logFolder,
  };
  const handlers = buildHandlerTable(
    {
      ...appHandlers(ctx),
      ...peopleHandlers(ctx),
      ...todayHandlers(ctx),
      ...meetingsHandlers(ctx),
      ...questionsHandlers(ctx),
      ...recognitionHandlers(ctx),
      ...feedbackHandlers(ctx),
      ...valuesHandlers(ctx),
    },
    options.log,
    ctx.eventLog,
  );

  return {
    handlers,
    dataDir,
    invoke: (channel, input) => dispatch(handlers, channel, input),
    flush: async () => {
      await Promise.all([team.flush(), people.flush()]);
    },
    onDataChanged: (listener) => changes.subscribe(listener),
  };
}
