import { join } from 'node:path';
import { format } from 'date-fns';
import type { Clock } from '../clock';
import { writeFileDurably, type FileContent } from './durable-write';
import { exists, listFolder, nodeFs, type StorageFs } from './fs';

export interface BackupRetention {
  daily: number;
  weekly: number;
}

export interface BackupCandidate {
  path: string;
  /** `daily 2026-11-21` or `weekly 2026-W47`, for the notice the lead reads. */
  label: string;
  /** When the copy was taken (its modification time, stamped by the app's clock). */
  takenAt: Date;
  /** Dated after now: made while the clock was wrong, so tried only after every other copy. */
  future: boolean;
}

const KINDS = ['daily', 'weekly'] as const;
type Kind = (typeof KINDS)[number];

/** A copy stamped this far after now was taken while the clock ran ahead. */
const CLOCK_SLACK_MS = 5 * 60_000;

/**
 * Rotating copies of the last valid state of every file: one folder per day and per ISO week,
 * each holding the files as they were the first time that day (or week) the app saw them valid.
 */
export class Backups {
  readonly root: string;

  constructor(
    dataDir: string,
    private readonly clock: Clock,
    private readonly retention: BackupRetention = { daily: 7, weekly: 4 },
    private readonly fs: StorageFs = nodeFs,
  ) {
    this.root = join(dataDir, 'backups');
  }

  private folders(now: Date): Record<Kind, string> {
    return { daily: format(now, 'yyyy-MM-dd'), weekly: format(now, "RRRR-'W'II") };
  }

  /**
   * Keeps `content` as today's and this week's copy of `relPath`, unless one is already there,
   * stamped with the time it was taken. A new day's or week's folder prunes the oldest at once.
   */
  async ensure(relPath: string, content: FileContent): Promise<void> {
    const now = this.clock();
    const folders = this.folders(now);
    for (const kind of KINDS) {
      const folder = join(this.root, kind, folders[kind]);
      const target = join(folder, relPath);
      if (await exists(this.fs, target)) continue;
      const newFolder = !(await exists(this.fs, folder));
      await writeFileDurably(target, content, { fs: this.fs, mtime: now });
      if (newFolder) await this.pruneKind(kind, now);
    }
  }

  /** Today's folder name, so callers can tell whether this day's copy was made. */
  today(): string {
    return this.folders(this.clock()).daily;
  }

  /**
   * Every backup of `relPath`, newest first by when it was taken, daily and weekly alike. Copies
   * dated in the future (taken while the clock was wrong) come after all the others.
   */
  async candidates(relPath: string): Promise<BackupCandidate[]> {
    const now = this.clock();
    const current = this.folders(now);
    const found: BackupCandidate[] = [];
    for (const kind of KINDS) {
      for (const folder of await this.list(kind)) {
        const path = join(this.root, kind, folder, relPath);
        let takenAt: Date;
        try {
          takenAt = (await this.fs.stat(path)).mtime;
        } catch {
          continue;
        }
        const future = folder > current[kind] || takenAt.getTime() > now.getTime() + CLOCK_SLACK_MS;
        found.push({ path, label: `${kind} ${folder}`, takenAt, future });
      }
    }
    return found.sort(
      (a, b) => Number(a.future) - Number(b.future) || b.takenAt.getTime() - a.takenAt.getTime(),
    );
  }

  async read(candidate: BackupCandidate): Promise<string> {
    return this.fs.readFile(candidate.path, 'utf8');
  }

  /** Removes the oldest folders beyond the retention. */
  async prune(): Promise<void> {
    const now = this.clock();
    for (const kind of KINDS) await this.pruneKind(kind, now);
  }

  /**
   * Keeps the newest folders up to today's; a folder dated after today (a clock that ran ahead)
   * is kept and not counted, since whether it is old or new cannot be told.
   */
  private async pruneKind(kind: Kind, now: Date): Promise<void> {
    const current = this.folders(now)[kind];
    const past = (await this.list(kind)).filter((folder) => folder <= current);
    const excess = past.slice(0, Math.max(0, past.length - this.retention[kind]));
    for (const folder of excess) {
      await this.fs.rm(join(this.root, kind, folder), { recursive: true, force: true });
    }
  }

  /** Deletes every copy of `relPath`: used when a person is deleted for good. */
  async purge(relPath: string): Promise<void> {
    for (const kind of KINDS) {
      for (const folder of await this.list(kind)) {
        await this.fs.rm(join(this.root, kind, folder, relPath), { force: true });
      }
    }
  }

  /** The folder names of one kind, oldest first. */
  private async list(kind: Kind): Promise<string[]> {
    const names = await listFolder(this.fs, join(this.root, kind));
    return names.filter((name) => /^\d{4}-(\d{2}-\d{2}|W\d{2})$/.test(name)).sort();
  }
}
