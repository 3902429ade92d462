import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Low } from 'lowdb';
import { format } from 'date-fns';
import { AppError } from '../../../shared/ipc/errors';
import type { DataChange } from '../../../shared/ipc/events';
import type { Notices } from '../app/notices';
import type { Clock } from '../clock';
import type { Backups } from './backups';
import type { DataChanges } from './data-changes';
import { DurableJsonFile, serialize } from './durable-json-file';
import { writeFileDurably } from './durable-write';
import { NewerVersionError, upgrade, type DocumentKind } from './migrations';

export interface StoreContext {
  dataDir: string;
  backups: Backups;
  notices: Notices;
  clock: Clock;
  /** Told after every durable write which document changed; absent in tests that need no signal. */
  changes?: DataChanges;
}

/** Which document a file holds, for the change signal (`{ kind: 'person', id }` or the team). */
export type ChangeOf<T> = (data: T) => DataChange;

/**
 * One JSON document on disk, kept in memory, written through a queue so writes never interleave.
 * Every write is validated first: a value that does not fit the schema never reaches the disk.
 */
export class DocumentFile<T> {
  private queue: Promise<unknown> = Promise.resolve();
  private backedUpOn: string | null = null;

  private constructor(
    readonly relPath: string,
    private readonly db: Low<T>,
    private readonly kind: DocumentKind<T>,
    private readonly ctx: StoreContext,
    private readonly changeOf?: ChangeOf<T>,
  ) {}

  get data(): T {
    return this.db.data;
  }

  /**
   * Loads, migrates and validates the file. A damaged file is moved aside into `damaged/` and the
   * newest valid backup takes its place, with a notice. Returns null when there is nothing to load
   * (and no `initial`), or when a damaged file had no valid backup. With `changeOf`, every
   * `update` is published on `ctx.changes`; creating and deleting a file are published by its
   * owner (the people repository), once the file is in or out of its list.
   */
  static async open<T>(
    relPath: string,
    kind: DocumentKind<T>,
    ctx: StoreContext,
    initial?: () => T,
    changeOf?: ChangeOf<T>,
  ): Promise<DocumentFile<T> | null> {
    const path = join(ctx.dataDir, relPath);
    const adapter = new DurableJsonFile(path);
    let loaded: T | null = null;
    let mustWrite = false;
    try {
      const raw = await adapter.read();
      if (raw !== null) {
        const { document, migrated } = upgrade(raw, kind);
        loaded = document;
        mustWrite = migrated;
      }
    } catch (error) {
      if (error instanceof NewerVersionError) throw error;
      loaded = await recover(relPath, kind, ctx, error);
    }
    if (loaded === null) {
      if (!initial) return null;
      loaded = initial();
      mustWrite = true;
    }
    const db = new Low<T>(adapter as DurableJsonFile & { read(): Promise<T | null> }, loaded);
    const file = new DocumentFile(relPath, db, kind, ctx, changeOf);
    if (mustWrite) await db.write();
    await file.backUpOncePerDay();
    return file;
  }

  /** Applies `mutate` to a copy, validates it, writes it durably, and only then makes it current. */
  update(mutate: (draft: T) => T | void): Promise<T> {
    const run = async () => {
      const draft = structuredClone(this.db.data);
      const next = mutate(draft) ?? draft;
      const parsed = this.kind.schema.safeParse(next);
      if (!parsed.success) {
        throw new AppError(
          'internal',
          `That change would leave the ${this.kind.label} invalid, so nothing was saved.`,
        );
      }
      await this.backUpOncePerDay();
      const previous = this.db.data;
      this.db.data = parsed.data;
      try {
        await this.db.write();
      } catch (error) {
        this.db.data = previous;
        throw new AppError(
          'storage',
          `Coachbook could not save to ${this.relPath}: ${(error as Error).message}. Nothing was changed.`,
        );
      }
      this.publish();
      return parsed.data;
    };
    const result = this.queue.then(run);
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** Resolves once every queued write has reached the disk. */
  flush(): Promise<void> {
    return this.queue.then(() => undefined);
  }

  /** Deletes the file (after pending writes) and every backup of it. */
  async remove(): Promise<void> {
    await this.flush();
    await rm(join(this.ctx.dataDir, this.relPath), { force: true });
    await this.ctx.backups.purge(this.relPath);
  }

  /** Only after the disk has the change: a listener that reads the document sees what is saved. */
  private publish(): void {
    if (this.changeOf) this.ctx.changes?.publish(this.changeOf(this.db.data));
  }

  /** The first time each day, keeps the current valid state as that day's backup. */
  private async backUpOncePerDay(): Promise<void> {
    const today = this.ctx.backups.today();
    if (this.backedUpOn === today) return;
    await this.ctx.backups.ensure(this.relPath, serialize(this.db.data));
    this.backedUpOn = today;
  }
}

async function recover<T>(
  relPath: string,
  kind: DocumentKind<T>,
  ctx: StoreContext,
  cause: unknown,
): Promise<T | null> {
  const path = join(ctx.dataDir, relPath);
  const stamp = format(ctx.clock(), "yyyyMMdd'T'HHmmss");
  const aside = join(ctx.dataDir, 'damaged', `${relPath.replaceAll('/', '__')}.${stamp}.json`);
  await mkdir(dirname(aside), { recursive: true });
  await rename(path, aside);
  const reason = cause instanceof Error ? cause.message : String(cause);

  for (const candidate of await ctx.backups.candidates(relPath)) {
    try {
      const { document } = upgrade(JSON.parse(await ctx.backups.read(candidate)) as unknown, kind);
      await writeFileDurably(path, serialize(document));
      ctx.notices.add({
        level: 'warning',
        title: `A damaged ${kind.label} file was restored`,
        message: `${relPath} could not be read (${reason}). It was set aside as ${aside} and the ${candidate.label} backup was restored. Changes made after that backup are in the set-aside file.`,
      });
      return document;
    } catch {
      // A damaged backup is skipped; an older one may still be good.
    }
  }
  ctx.notices.add({
    level: 'error',
    title: `A damaged ${kind.label} file could not be restored`,
    message: `${relPath} could not be read (${reason}) and no valid backup of it exists. It was set aside as ${aside}, untouched, so nothing in it is lost.`,
  });
  return null;
}
