import { dirname, join } from 'node:path';
import { AppError } from '../../../shared/ipc/errors';
import type { DataChange } from '../../../shared/ipc/events';
import type { Notices } from '../app/notices';
import type { Clock } from '../clock';
import type { EventLog } from '../logging/event-log';
import type { Backups } from './backups';
import type { DataChanges } from './data-changes';
import { validateChanges } from './changed-validation';
import { deepFreeze, produce } from './draft';
import { DurableJsonFile } from './durable-json-file';
import { syncFolder } from './durable-write';
import type { StorageFs } from './fs';
import { commitAll, UnfinishedJournalError } from './journal';
import { NewerVersionError, upgradeWithSource, type DocumentKind } from './migrations';
import { recoverDamaged } from './recovery';
import { causeOf } from './storage-errors';
import type { StorageHealth } from './storage-health';
import { findUnknownFields } from './unknown-fields';

export interface StoreContext {
  dataDir: string;
  backups: Backups;
  notices: Notices;
  clock: Clock;
  fs: StorageFs;
  /** Whether the folder can be written; refuses writes with the cause while it cannot. */
  health: StorageHealth;
  /** Told after every durable write which document changed; absent in tests that need no signal. */
  changes?: DataChanges;
  /** The log a lead can send: recoveries by code and document id. */
  events?: EventLog;
  /** Every open document, so the store can flush them all (before quitting or handing over). */
  open?: Set<{ flush(): Promise<void> }>;
}

/** Which document a file holds, for the change signal (`{ kind: 'person', id }` or the team). */
export type ChangeOf<T> = (data: T) => DataChange;

/**
 * One JSON document on disk, kept in memory, written through a queue so writes never interleave.
 * Every write is validated first: a value that does not fit the schema never reaches the disk.
 * While the data folder cannot be written, every write is refused with the cause.
 */
export class DocumentFile<T> {
  private queue: Promise<unknown> = Promise.resolve();
  private backedUpOn: string | null = null;
  private removed = false;
  /** A restore that could not be written at open: finished before the next write to this file. */
  private pendingRecovery: (() => Promise<void>) | null = null;

  private constructor(
    readonly relPath: string,
    private current: T,
    private readonly adapter: DurableJsonFile,
    private readonly kind: DocumentKind<T>,
    private readonly ctx: StoreContext,
    private readonly changeOf?: ChangeOf<T>,
  ) {
    ctx.open?.add(this);
  }

  get data(): T {
    return this.current;
  }

  /**
   * Loads, migrates and validates the file. A damaged file is repaired where the rest is sound,
   * else replaced by its newest valid backup, with a notice (recovery.ts). Returns null when there
   * is nothing to load (and no `initial`), or when a damaged file had no valid backup. Writes at
   * open (a migration, the `initial` value, the day's backup) that the disk refuses leave the
   * store read-only rather than failing the start. With `changeOf`, every `update` is published
   * on `ctx.changes`; creating and deleting a file are published by its owner.
   */
  static async open<T>(
    relPath: string,
    kind: DocumentKind<T>,
    ctx: StoreContext,
    initial?: () => T,
    changeOf?: ChangeOf<T>,
  ): Promise<DocumentFile<T> | null> {
    const adapter = new DurableJsonFile(join(ctx.dataDir, relPath), ctx.fs);
    const text = await adapter.readText();
    let loaded: T | null = null;
    let mustWrite = false;
    let pending: (() => Promise<void>) | null = null;
    if (text !== null) {
      try {
        const { document, migrated, source } = upgradeWithSource(JSON.parse(text) as unknown, kind);
        loaded = document;
        mustWrite = migrated;
        adapter.unknownFields = findUnknownFields(source, document);
      } catch (error) {
        if (error instanceof NewerVersionError) throw error;
        const recovered = await recoverDamaged(relPath, kind, ctx, text, error);
        loaded = recovered?.document ?? null;
        adapter.unknownFields = recovered?.unknown ?? null;
        pending = recovered?.pending ?? null;
      }
    }
    if (loaded === null) {
      if (!initial) return null;
      loaded = validDefault(kind, initial());
      // A damaged file that could not be set aside is never written over: that waits for it.
      mustWrite = !pending;
    }
    // Frozen: a part of the document keeps its content as long as its identity (see validated).
    const file = new DocumentFile(relPath, deepFreeze(loaded), adapter, kind, ctx, changeOf);
    file.pendingRecovery = pending;
    if (pending) ctx.health.onWritable(() => file.enqueue(() => file.write(async () => {})));
    try {
      if (mustWrite) await adapter.write(loaded);
      await file.backUpOncePerDay();
    } catch (error) {
      // Shown from memory; saved with the next change once the folder can be written again.
      await ctx.health.failed(error, relPath);
    }
    return file;
  }

  /** Writes a new document (a person just added); refuses with the cause when it cannot. */
  static async create<T>(
    relPath: string,
    kind: DocumentKind<T>,
    ctx: StoreContext,
    document: T,
    changeOf?: ChangeOf<T>,
  ): Promise<DocumentFile<T>> {
    const adapter = new DurableJsonFile(join(ctx.dataDir, relPath), ctx.fs);
    const file = new DocumentFile(relPath, document, adapter, kind, ctx, changeOf);
    try {
      await file.enqueue(async () => {
        const valid = file.fullyValidated(document);
        await ctx.health.assertWritable();
        await adapter.write(valid).catch(async (error: unknown) => {
          throw await failure(ctx, error, relPath);
        });
        file.current = valid;
      });
    } catch (error) {
      ctx.open?.delete(file);
      throw error;
    }
    await file.backUpOncePerDay().catch((error: unknown) => ctx.health.failed(error, relPath));
    return file;
  }

  /** Applies `mutate` to a copy, validates it, writes it durably, and only then makes it current. */
  update(mutate: (draft: T) => T | void): Promise<T> {
    return this.enqueue(async () => {
      this.assertPresent();
      const next = this.validated(mutate);
      await this.ctx.health.assertWritable();
      await this.write(() => this.adapter.write(next));
      this.current = next;
      this.publish();
      return next;
    });
  }

  /**
   * Applies one change to several documents, all or nothing, also across a crash (journal.ts):
   * every file is checked and validated first, then all are written under one journal record
   * (one file alone is written durably as `update` does). No other write to any of them runs in
   * between.
   */
  static updateMany<T>(files: DocumentFile<T>[], mutate: (draft: T) => T | void): Promise<T[]> {
    const unique = [...new Set(files)];
    const ctx = unique[0]?.ctx;
    if (!ctx) return Promise.resolve([]);
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    // Taken in one synchronous pass, so two multi-file writes queue in the same order everywhere.
    const held = unique.map(
      (file) =>
        new Promise<void>((resolve) => {
          file.queue = file.queue.then(() => {
            resolve();
            return released;
          });
        }),
    );
    const run = async () => {
      await Promise.all(held);
      for (const file of unique) file.assertPresent();
      const next = unique.map((file) => file.validated(mutate));
      await ctx.health.assertWritable();
      for (const file of unique) await file.prepareWrite();
      try {
        // One file is replaced atomically by its durable write: a journal adds nothing to that.
        if (unique.length === 1) await unique[0]!.adapter.write(next[0]);
        else {
          const staged = unique.map((file, i) => ({
            relPath: file.relPath,
            content: file.adapter.serialize(next[i]),
          }));
          await commitAll(ctx.dataDir, ctx.fs, staged);
        }
      } catch (error) {
        if (!(error instanceof UnfinishedJournalError))
          throw await failure(ctx, error, unique.length === 1 ? unique[0]!.relPath : 'the change');
        // Decided but not finished: the next start finishes it, and nothing is written until then.
        const cause = causeOf(error.cause);
        ctx.health.enterFatal(cause);
        unique.forEach((file, i) => (file.current = next[i]!));
        throw new AppError(
          'storage',
          `Coachbook could not finish saving: ${cause.text} (${cause.code}). The change is recorded and is completed when Coachbook starts again; restart it once it can save.`,
        );
      }
      unique.forEach((file, i) => {
        file.current = next[i]!;
        file.publish();
      });
      return next;
    };
    return run().finally(release);
  }

  /** Resolves once every queued write has reached the disk. */
  flush(): Promise<void> {
    return this.queue.then(() => undefined);
  }

  /**
   * Deletes every backup of the file, then the file. Delete wins: from this call on, every write queued
   * behind it or asked for later answers not_found, and none recreates the file.
   */
  async remove(): Promise<void> {
    this.removed = true;
    try {
      await this.enqueue(async () => {
        await this.ctx.health.assertWritable();
        const path = join(this.ctx.dataDir, this.relPath);
        try {
          // Backups first: a backup left behind a deleted file could bring the person back.
          await this.ctx.backups.purge(this.relPath);
          await this.ctx.fs.rm(path, { force: true });
          await syncFolder(dirname(path), this.ctx.fs);
        } catch (error) {
          throw await failure(this.ctx, error, this.relPath);
        }
      });
    } catch (error) {
      this.removed = false;
      throw error;
    }
    this.ctx.open?.delete(this);
    this.pendingRecovery = null;
  }

  private enqueue<R>(task: () => Promise<R>): Promise<R> {
    const result = this.queue.then(task);
    this.queue = result.catch(() => undefined);
    return result;
  }

  private assertPresent(): void {
    if (!this.removed) return;
    const label = this.kind.label;
    throw new AppError(
      'not_found',
      `This ${label} was deleted, so nothing was saved. ${label === 'person' ? 'They are' : 'It is'} not in Coachbook any more.`,
    );
  }

  /**
   * The document after `mutate`, validated where it changed: the update works on a draft that
   * shares every untouched part with the current document (draft.ts), and only the parts that are
   * new objects are validated (changed-validation.ts). The result is frozen like the current one.
   */
  private validated(mutate: (draft: T) => T | void): T {
    const next = produce(this.current, mutate);
    const result = validateChanges(this.kind.schema, this.current, next);
    if (!result.ok) throw this.invalid();
    return deepFreeze(result.value);
  }

  /** A document not held before (a new file, a default): validated whole. */
  private fullyValidated(document: T): T {
    const parsed = this.kind.schema.safeParse(document);
    if (!parsed.success) throw this.invalid();
    return deepFreeze(parsed.data);
  }

  private invalid(): AppError {
    return new AppError(
      'internal',
      `That change would leave the ${this.kind.label} invalid, so nothing was saved.`,
    );
  }

  /** Runs a write after the pending restore and the day's backup; names the cause if it fails. */
  private async write(run: () => Promise<void>): Promise<void> {
    await this.prepareWrite();
    try {
      await run();
    } catch (error) {
      throw await failure(this.ctx, error, this.relPath);
    }
  }

  /**
   * Before a write: finishes a restore that could not be written at open, and keeps the day's
   * backup. A backup that fails for a reason of its own (not a full or read-only folder) does not
   * stop the save: the lead's change matters more than the day's copy, which is tried again.
   */
  private async prepareWrite(): Promise<void> {
    try {
      if (this.pendingRecovery) {
        await this.pendingRecovery();
        this.pendingRecovery = null;
      }
    } catch (error) {
      throw await failure(this.ctx, error, this.relPath);
    }
    try {
      await this.backUpOncePerDay();
    } catch (error) {
      const refused = await failure(this.ctx, error, `the backup of ${this.relPath}`);
      if (this.ctx.health.readOnly) throw refused;
      this.ctx.events?.warn('storage:backupFailed', { code: causeOf(error).code });
    }
  }

  /** Only after the disk has the change: a listener that reads the document sees what is saved. */
  private publish(): void {
    if (this.changeOf) this.ctx.changes?.publish(this.changeOf(this.current));
  }

  /** The first time each day, keeps the current valid state as that day's backup. */
  private async backUpOncePerDay(): Promise<void> {
    const today = this.ctx.backups.today();
    if (this.backedUpOn === today) return;
    await this.ctx.backups.ensure(this.relPath, this.adapter.serialize(this.current));
    this.backedUpOn = today;
  }
}

/** A new file's defaults are validated like any write: every update builds on them. */
function validDefault<T>(kind: DocumentKind<T>, document: T): T {
  const parsed = kind.schema.safeParse(document);
  if (!parsed.success)
    throw new Error(`The default ${kind.label} is not valid: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

async function failure(ctx: StoreContext, error: unknown, what: string): Promise<AppError> {
  return error instanceof AppError ? error : ctx.health.failed(error, what);
}
