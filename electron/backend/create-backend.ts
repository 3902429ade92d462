import { mkdir } from 'node:fs/promises';
import type { Envelope } from '../../shared/ipc/errors';
import { Notices } from './app/notices';
import { systemClock, type Clock } from './clock';
import { buildHandlerTable, dispatch, type HandlerTable } from './handler-table';
import { PeopleRepository } from './people/people-repository';
import { PeopleService } from './people/people-service';
import { safeExternalUrl } from './security/url-policy';
import { Backups } from './storage/backups';
import { DocumentFile, type StoreContext } from './storage/document-file';
import { newTeamDocument, TEAM_FILE, teamKind } from './team/team-kind';
import { buildTodayOverview } from './today/today-service';

export interface BackendOptions {
  dataDir: string;
  clock?: Clock;
  appVersion?: string;
  platform?: string;
  /** Opens a vetted http(s) URL in the system browser; the Electron host passes `shell.openExternal`. */
  openExternal?: (url: string) => Promise<void>;
  log?: (message: string, error: unknown) => void;
}

export interface Backend {
  handlers: HandlerTable;
  invoke(channel: unknown, input: unknown): Promise<Envelope<unknown>>;
  /** Resolves once every queued write is on disk. Call before quitting. */
  flush(): Promise<void>;
  dataDir: string;
}

/** Everything the app does, with no Electron in sight: the main process and the tests both use it. */
export async function createBackend(options: BackendOptions): Promise<Backend> {
  const clock = options.clock ?? systemClock;
  const { dataDir } = options;
  await mkdir(dataDir, { recursive: true });
  const notices = new Notices(clock);
  const backups = new Backups(dataDir, clock);
  const ctx: StoreContext = { dataDir, backups, notices, clock };

  const team = await DocumentFile.open(TEAM_FILE, teamKind, ctx, () => newTeamDocument(clock()));
  const people = new PeopleRepository(ctx);
  await people.load();
  await backups.prune();
  const peopleService = new PeopleService(people, clock);

  const handlers = buildHandlerTable(
    {
      'app:info': () => ({
        name: 'Coachbook',
        version: options.appVersion ?? '0.0.0',
        dataDir,
        platform: options.platform ?? process.platform,
        notices: notices.list(),
      }),
      'app:dismissNotice': ({ id }) => ({ dismissed: notices.dismiss(id) }),
      'app:openExternal': async ({ url }) => {
        const safe = safeExternalUrl(url);
        if (!safe || !options.openExternal) return { opened: false };
        await options.openExternal(safe);
        return { opened: true };
      },
      'people:list': (input) => peopleService.list(input?.includeArchived ?? true),
      'people:get': ({ id }) => peopleService.get(id),
      'people:create': (input) => peopleService.create(input),
      'people:update': ({ id, changes }) => peopleService.update(id, changes),
      'people:archive': ({ id }) => peopleService.archive(id),
      'people:restore': ({ id }) => peopleService.restore(id),
      'people:delete': ({ id }) => peopleService.remove(id),
      'today:overview': () =>
        buildTodayOverview(
          people.all().map((d) => d.person),
          clock,
        ),
    },
    options.log,
  );

  return {
    handlers,
    dataDir,
    invoke: (channel, input) => dispatch(handlers, channel, input),
    flush: async () => {
      await Promise.all([team?.flush(), people.flush()]);
    },
  };
}
