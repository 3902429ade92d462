import { join } from 'node:path';
import type { AppError } from '../../../shared/ipc/errors';
import type { Notices } from '../app/notices';
import { noEventLog, type EventLog } from '../logging/event-log';
import { tempPathFor, writeSynced } from './durable-write';
import type { StorageFs } from './fs';
import { cannotSave, causeOf, folderCause, saveFailed, type StorageCause } from './storage-errors';

export interface StorageHealthOptions {
  dataDir: string;
  fs: StorageFs;
  notices: Notices;
  events?: EventLog;
  /** How often a read-only store looks whether it can write again. */
  probeEveryMs?: number;
}

/** A step that must succeed before writes resume (take the folder lock, finish a save). */
export type RecoveryStep = () => Promise<void>;

const LIVE_KEY = 'storage';

/**
 * Whether the data folder can be written. A full disk or a read-only folder puts the store in
 * read-only mode: everything stays readable, every write is refused with the cause, a banner
 * says so, and a probe (before each write, and every `probeEveryMs`) ends the mode by itself once
 * a small file can be written and synced again.
 */
export class StorageHealth {
  private cause: StorageCause | null = null;
  /** Set when writes may never resume in this run (a save left half done that only a start finishes). */
  private fatal: StorageCause | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;
  private readonly steps: RecoveryStep[] = [];
  private readonly listeners = new Set<() => unknown>();
  private probing: Promise<boolean> | null = null;

  constructor(private readonly options: StorageHealthOptions) {}

  /** Why writes are refused, or null while the folder can be written. */
  get readOnly(): StorageCause | null {
    return this.fatal ?? this.cause;
  }

  /** Runs `step` before writes resume after a read-only spell; a step that throws keeps them refused. */
  addRecoveryStep(step: RecoveryStep): void {
    this.steps.push(step);
  }

  /** Called once writes resume (retry what the disk refused meanwhile). */
  onWritable(listener: () => unknown): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Before every write: refuses with the cause while read-only, after one more look. */
  async assertWritable(): Promise<void> {
    if (this.fatal) throw cannotSave(this.fatal);
    if (this.cause && !(await this.probe())) throw cannotSave(this.readOnly!);
  }

  /**
   * A write failed: answers the error to throw, naming the cause. A full disk or a read-only
   * folder (or a failure a probe of the folder confirms) puts the store in read-only mode.
   */
  async failed(error: unknown, what: string): Promise<AppError> {
    const cause = causeOf(error);
    if (cause.folderWide) {
      this.enter(cause);
      return cannotSave(cause);
    }
    if (!this.cause && !(await this.probe())) return cannotSave(this.readOnly!);
    return saveFailed(what, cause);
  }

  /** Enters read-only mode with `cause` (the store could not write at start, or a write failed). */
  enter(cause: StorageCause): void {
    const first = !this.cause;
    this.cause = cause;
    this.options.notices.setLive(LIVE_KEY, {
      level: 'error',
      title: `Coachbook cannot save: ${cause.text}`,
      message: `Everything is shown read-only and changes are refused, so nothing is lost (${cause.code}). ${cause.advice}`,
    });
    if (first) (this.options.events ?? noEventLog).warn('storage:readOnly', { code: cause.code });
    if (this.fatal) return;
    this.timer ??= setInterval(() => void this.probe(), this.options.probeEveryMs ?? 30_000);
    this.timer.unref?.();
  }

  /** Refuses every write until the next start, which finishes what this run could not. */
  enterFatal(cause: StorageCause): void {
    this.fatal = cause;
    this.close();
    this.enter(cause);
  }

  /**
   * Looks whether the folder can be written again: writes and syncs a small file, runs the
   * recovery steps, and leaves read-only mode if all succeed. Answers whether writes may go on.
   */
  probe(): Promise<boolean> {
    this.probing ??= this.probeOnce().finally(() => (this.probing = null));
    return this.probing;
  }

  private async probeOnce(): Promise<boolean> {
    if (this.fatal) return false;
    const { fs, dataDir } = this.options;
    const probe = tempPathFor(join(dataDir, 'write-check'));
    try {
      try {
        await writeSynced(probe, 'ok', fs);
      } finally {
        await fs.unlink(probe).catch(() => undefined);
      }
      if (this.cause) for (const step of this.steps) await step();
    } catch (error) {
      this.enter(folderCause(error));
      return false;
    }
    if (this.cause) this.leave();
    return true;
  }

  private leave(): void {
    const was = this.cause;
    this.cause = null;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.options.notices.clearLive(LIVE_KEY);
    (this.options.events ?? noEventLog).info('storage:writable', { code: was?.code });
    for (const listener of [...this.listeners]) {
      Promise.resolve()
        .then(listener)
        .catch(() => undefined);
    }
  }

  close(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
