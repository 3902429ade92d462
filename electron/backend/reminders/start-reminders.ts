import type { Clock } from '../clock';
import type { NotificationHost } from '../context';
import type { PeopleRepository } from '../people/people-repository';
import type { DataChanges } from '../storage/data-changes';
import type { DocumentFile, StoreContext } from '../storage/document-file';
import type { TeamDocument } from '../../../shared/model/documents';
import { ReminderEngine } from './engine';
import { RemindersFile } from './reminders-file';
import { RemindersService } from './reminders-service';
import { realTimer, type ReminderTimer } from './timer';

export interface RemindersOptions {
  store: StoreContext;
  clock: Clock;
  people: PeopleRepository;
  team: DocumentFile<TeamDocument>;
  changes: DataChanges;
  host?: NotificationHost;
  timer?: ReminderTimer;
  log: (message: string, error: unknown) => void;
}

/** What the backend keeps of the reminders: the service for the channels and the engine's controls. */
export interface StartedReminders {
  service: RemindersService;
  wake(reason: string): void;
  onChanged(listener: () => void): () => void;
  settled(): Promise<void>;
  /** Stops the engine and saves its last look; call before the store closes. */
  stop(): Promise<void>;
}

/**
 * Opens reminders.json (made at the first thing to record; recovered from a backup like every
 * file) and starts the engine, which looks again after every durable write of a document.
 */
export async function startReminders(options: RemindersOptions): Promise<StartedReminders> {
  const file = await RemindersFile.open(options.store);
  const engine = new ReminderEngine({
    clock: options.clock,
    timer: options.timer ?? realTimer,
    file,
    source: () => ({ people: options.people.all(), team: options.team.data }),
    host: options.host,
    log: options.log,
  });
  const unsubscribe = options.changes.subscribe(() => engine.wakeSoon('data'));
  engine.start();
  // The first look (what fell due while Coachbook was closed) is done before the backend answers.
  await engine.settled();
  return {
    service: new RemindersService(engine, options.clock, options.host),
    wake: (reason) => engine.wake(reason),
    onChanged: (listener) => engine.onChanged(listener),
    settled: () => engine.settled(),
    stop: async () => {
      unsubscribe();
      await engine.stop();
    },
  };
}
