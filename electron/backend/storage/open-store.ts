import { join } from 'node:path';
import { Notices } from '../app/notices';
import type { Clock } from '../clock';
import { noEventLog, type EventLog } from '../logging/event-log';
import { Backups } from './backups';
import type { DataChanges } from './data-changes';
import type { StoreContext } from './document-file';
import { ensureFolder, TEMP_FILE } from './durable-write';
import { listFolder, nodeFs, type StorageFs } from './fs';
import { FolderInUseError, FolderLock, type LockIdentity } from './folder-lock';
import { finishJournal, JOURNAL_FOLDER } from './journal';
import { causeOf, folderCause } from './storage-errors';
import { StorageHealth } from './storage-health';

export interface OpenStoreOptions {
  dataDir: string;
  clock: Clock;
  /** The file system; tests inject faults here. */
  fs?: StorageFs;
  changes?: DataChanges;
  events?: EventLog;
  /** How often a read-only store looks whether it can write again. */
  probeEveryMs?: number;
  identity?: LockIdentity;
}

export interface Store {
  ctx: StoreContext;
  /** Resolves once every open document's queued writes and the notices are on disk. */
  flush(): Promise<void>;
  /** Flushes, stops the read-only probe and releases the folder lock. */
  close(): Promise<void>;
}

/**
 * Opens the data folder before any document is read: takes the folder lock (a second Coachbook
 * on the folder gets `FolderInUseError` and opens nothing), finishes or rolls back saves a crash
 * interrupted, removes temp files of interrupted writes, and reads the kept notices. A folder that
 * cannot be written (full disk, read-only) still opens, read-only, and leaves that mode by itself.
 */
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const { dataDir, clock } = options;
  const fs = options.fs ?? nodeFs;
  const events = options.events ?? noEventLog;
  await ensureFolder(dataDir, fs).catch((error: unknown) => {
    const cause = causeOf(error);
    throw new Error(`Coachbook could not create its data folder: ${cause.text} (${cause.code}).`);
  });
  const notices = new Notices(clock, { dataDir, fs, loadFirst: true });
  const health = new StorageHealth({
    dataDir,
    fs,
    notices,
    events,
    probeEveryMs: options.probeEveryMs,
  });
  const open = new Set<{ flush(): Promise<void> }>();
  const backups = new Backups(dataDir, clock, undefined, fs);
  const ctx: StoreContext = { dataDir, backups, notices, clock, fs, health, events, open };
  if (options.changes) ctx.changes = options.changes;
  const flush = async () => {
    await Promise.all([...open].map((file) => file.flush()));
    await notices.flush();
  };

  let lock: FolderLock | null = null;
  const takeLock = async () => {
    lock = await FolderLock.acquire(dataDir, {
      fs,
      clock,
      events,
      identity: options.identity,
      onHandOver: async () => {
        health.enterFatal(REOPENED);
        await flush();
      },
    });
  };
  try {
    await takeLock();
    await prepareFolder(dataDir, fs, notices, events);
  } catch (error) {
    if (error instanceof FolderInUseError) throw error;
    await startReadOnly(ctx, error, async () => {
      if (!lock) {
        await takeLock().catch((refused: unknown) => {
          if (!(refused instanceof FolderInUseError)) throw refused;
          throw Object.assign(new Error(refused.message), { code: 'ELOCKED' });
        });
      }
      await prepareFolder(dataDir, fs, notices, events);
    });
  }
  // Only once the folder is this opener's: reading notices can write (a damaged file set aside).
  await notices.load();
  health.onWritable(() => notices.retry());

  return {
    ctx,
    flush,
    async close() {
      health.close();
      await flush();
      await (lock as FolderLock | null)?.release();
    },
  };
}

const REOPENED = {
  code: 'ELOCKED',
  text: 'Coachbook was opened again on this data folder',
  advice: 'Use the newer window.',
  folderWide: true,
};

/**
 * The folder cannot be written now. Without a save left half done, the store opens read-only and
 * takes the lock and tidies up once it can write. With one (a journal record), the files on disk
 * are not a state to write over: writes stay refused until a start that can finish it.
 */
async function startReadOnly(
  ctx: StoreContext,
  error: unknown,
  whenWritable: () => Promise<void>,
): Promise<void> {
  const cause = folderCause(error);
  const journal = await listFolder(ctx.fs, join(ctx.dataDir, JOURNAL_FOLDER)).catch(() => []);
  if (journal.some((name) => name.endsWith('.json'))) {
    ctx.health.enterFatal({
      ...cause,
      advice:
        'A save that was interrupted earlier is finished at the next start that can write: restart Coachbook once the data folder can be written.',
    });
    return;
  }
  ctx.health.enter(cause);
  ctx.health.addRecoveryStep(whenWritable);
}

async function prepareFolder(
  dataDir: string,
  fs: StorageFs,
  notices: Notices,
  events: EventLog,
): Promise<void> {
  const outcome = await finishJournal(dataDir, fs);
  for (const record of outcome.finished) {
    events.warn('storage:journalFinished', { kind: record.purpose });
    if (record.purpose !== 'recovery') continue;
    const [aside, restore] = record.renames;
    notices.add({
      level: 'warning',
      title: 'An interrupted restore was finished',
      message: `Coachbook stopped while restoring ${restore?.to ?? 'a damaged file'}. The restore was finished at this start; the damaged file is in ${aside ? join(dataDir, aside.to) : 'the damaged folder'}.`,
    });
  }
  if (outcome.rolledBack) events.info('storage:cleaned', { kind: 'staged' });
  if (await removeTempFiles(fs, dataDir, 4)) events.info('storage:cleaned', { kind: 'temp' });
}

/** Removes temp files of interrupted writes (`.x.json.0a1b2c3d4e5f.tmp`) below `folder`. */
async function removeTempFiles(fs: StorageFs, folder: string, depth: number): Promise<number> {
  let removed = 0;
  for (const entry of await fs.readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory() && depth > 0) {
      removed += await removeTempFiles(fs, path, depth - 1);
    } else if (entry.isFile() && TEMP_FILE.test(entry.name)) {
      await fs.unlink(path);
      removed += 1;
    }
  }
  return removed;
}
