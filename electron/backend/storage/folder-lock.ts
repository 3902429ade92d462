import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { AppError } from '../../../shared/ipc/errors';
import type { Clock } from '../clock';
import { noEventLog, type EventLog } from '../logging/event-log';
import { syncFolder, tempPathFor, uniqueSuffix } from './durable-write';
import { errnoOf, type StorageFs } from './fs';

export const LOCK_FILE = 'coachbook.lock';

/** Who holds a data folder: written into the lock file. */
export interface LockOwner {
  pid: number;
  host: string;
  startedAt: string;
  /** Tells this holder's lock apart from a later one with the same pid. */
  token: string;
}

/** The running process, as a lock sees it; tests pass another. */
export interface LockIdentity {
  pid: number;
  host: string;
  isAlive(pid: number): boolean;
}

export const thisProcess: LockIdentity = {
  pid: process.pid,
  host: hostname(),
  isAlive(pid) {
    try {
      process.kill(pid, 0);
      return true;
    } catch (error) {
      // EPERM: it exists but belongs to someone else.
      return errnoOf(error) === 'EPERM';
    }
  },
};

/** Another Coachbook holds the folder: this one opens nothing. */
export class FolderInUseError extends AppError {
  constructor(
    readonly owner: LockOwner | null,
    lockPath: string,
  ) {
    const who = owner
      ? `Coachbook (process ${owner.pid} on ${owner.host}, since ${owner.startedAt})`
      : 'another Coachbook, which is starting';
    super(
      'conflict',
      `This data folder is in use by ${who}. Two copies writing to one folder lose changes, so this one opened nothing. ` +
        `Close the other one and start again. If it is not running any more (for example on a computer that is off), delete ${lockPath} and start again.`,
    );
    this.name = 'FolderInUseError';
  }
}

/** A lock file this young with no readable owner is another opener's, being written. */
const UNREADABLE_GRACE_MS = 30_000;

/** Locks held by this process, by folder: a later opener in the same process takes over. */
const held = new Map<string, FolderLock>();

export interface AcquireOptions {
  fs: StorageFs;
  clock: Clock;
  identity?: LockIdentity;
  events?: EventLog;
  /** Called when a later opener in this process takes the folder over: stop writing, flush. */
  onHandOver?: () => Promise<void>;
}

/**
 * One writer per data folder, across processes and computers sharing it: a lock file holding the
 * process id and host. A lock of a process that no longer runs on this host is taken over; one
 * from another host cannot be checked, so it is never taken over without the lead.
 */
export class FolderLock {
  private constructor(
    readonly path: string,
    private readonly key: string,
    private readonly owner: LockOwner,
    private readonly fs: StorageFs,
    private readonly onHandOver: () => Promise<void>,
  ) {}

  static async acquire(dataDir: string, options: AcquireOptions): Promise<FolderLock> {
    const { fs, clock } = options;
    const identity = options.identity ?? thisProcess;
    const key = resolve(dataDir);
    const path = join(dataDir, LOCK_FILE);
    const earlier = held.get(key);
    if (earlier) {
      // What a restart in one process does (the web test host, tests): flush, then hand over.
      held.delete(key);
      await earlier.onHandOver();
      await earlier.removeFile();
    }
    for (let attempt = 0; attempt < 3; attempt++) {
      const found = await readLock(fs, path);
      if (found) {
        const stale = found.owner
          ? found.owner.host === identity.host &&
            (found.owner.pid === identity.pid || !identity.isAlive(found.owner.pid))
          : clock().getTime() - found.modifiedAt.getTime() > UNREADABLE_GRACE_MS;
        if (!stale) throw new FolderInUseError(found.owner, path);
        if (!(await takeOver(fs, path, found.text))) continue;
        (options.events ?? noEventLog).warn('storage:lockTakenOver', {});
      }
      const owner: LockOwner = {
        pid: identity.pid,
        host: identity.host,
        startedAt: clock().toISOString(),
        token: uniqueSuffix(),
      };
      try {
        await createExclusive(fs, path, `${JSON.stringify(owner)}\n`);
      } catch (error) {
        if (errnoOf(error) === 'EEXIST') continue;
        throw error;
      }
      await syncFolder(dataDir, fs);
      const lock = new FolderLock(path, key, owner, fs, options.onHandOver ?? (async () => {}));
      held.set(key, lock);
      return lock;
    }
    throw new FolderInUseError((await readLock(fs, path))?.owner ?? null, path);
  }

  /** Gives the folder up: removes the lock file if it is still this holder's. */
  async release(): Promise<void> {
    if (held.get(this.key) === this) held.delete(this.key);
    await this.removeFile();
  }

  private async removeFile(): Promise<void> {
    const found = await readLock(this.fs, this.path).catch(() => null);
    if (found?.owner?.token === this.owner.token) {
      await this.fs.unlink(this.path).catch(() => undefined);
    }
  }
}

interface FoundLock {
  text: string;
  owner: LockOwner | null;
  modifiedAt: Date;
}

async function readLock(fs: StorageFs, path: string): Promise<FoundLock | null> {
  let text: string;
  let modifiedAt: Date;
  try {
    text = await fs.readFile(path, 'utf8');
    modifiedAt = (await fs.stat(path)).mtime;
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return null;
    throw error;
  }
  let owner: LockOwner | null = null;
  try {
    const parsed = JSON.parse(text) as Partial<LockOwner>;
    if (typeof parsed.pid === 'number' && typeof parsed.host === 'string') {
      owner = {
        pid: parsed.pid,
        host: parsed.host,
        startedAt: String(parsed.startedAt ?? 'an unknown time'),
        token: String(parsed.token ?? ''),
      };
    }
  } catch {
    // Unreadable: judged by its age.
  }
  return { text, owner, modifiedAt };
}

/**
 * Removes a stale lock without removing a fresh one another opener wrote meanwhile: the file is
 * renamed away first, and put back if it is not the one judged stale.
 */
async function takeOver(fs: StorageFs, path: string, staleText: string): Promise<boolean> {
  const away = tempPathFor(path);
  try {
    await fs.rename(path, away);
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return true;
    throw error;
  }
  const text = await fs.readFile(away, 'utf8');
  if (text === staleText) {
    await fs.unlink(away);
    return true;
  }
  await fs.rename(away, path).catch(() => undefined);
  return false;
}

async function createExclusive(fs: StorageFs, path: string, content: string): Promise<void> {
  const handle = await fs.open(path, 'wx', 0o600);
  try {
    await handle.writeFile(content, 'utf8');
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    // A lock without an owner would look like another opener's for a while: take it away.
    await fs.unlink(path).catch(() => undefined);
    throw error;
  }
  await handle.close();
}
