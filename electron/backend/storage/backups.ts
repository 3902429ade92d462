import { access, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { format } from 'date-fns';
import type { Clock } from '../clock';
import { writeFileDurably } from './durable-write';

export interface BackupRetention {
  daily: number;
  weekly: number;
}

export interface BackupCandidate {
  path: string;
  /** `daily 2026-11-21` or `weekly 2026-W47`, for the notice the lead reads. */
  label: string;
}

const KINDS = ['daily', 'weekly'] as const;

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
  ) {
    this.root = join(dataDir, 'backups');
  }

  private folders(now: Date): Record<(typeof KINDS)[number], string> {
    return { daily: format(now, 'yyyy-MM-dd'), weekly: format(now, "RRRR-'W'II") };
  }

  /** Keeps `content` as today's and this week's copy of `relPath`, unless one is already there. */
  async ensure(relPath: string, content: string): Promise<void> {
    const folders = this.folders(this.clock());
    for (const kind of KINDS) {
      const target = join(this.root, kind, folders[kind], relPath);
      if (await exists(target)) continue;
      await writeFileDurably(target, content);
    }
  }

  /** Today's folder name, so callers can tell whether this day's copy was made. */
  today(): string {
    return this.folders(this.clock()).daily;
  }

  /** Every backup of `relPath`, newest first: daily copies before weekly ones of the same age. */
  async candidates(relPath: string): Promise<BackupCandidate[]> {
    const found: BackupCandidate[] = [];
    for (const kind of KINDS) {
      for (const folder of (await listFolders(join(this.root, kind))).reverse()) {
        const path = join(this.root, kind, folder, relPath);
        if (await exists(path)) found.push({ path, label: `${kind} ${folder}` });
      }
    }
    return found;
  }

  async read(candidate: BackupCandidate): Promise<string> {
    return readFile(candidate.path, 'utf8');
  }

  /** Removes the oldest folders beyond the retention. */
  async prune(): Promise<void> {
    for (const kind of KINDS) {
      const folders = await listFolders(join(this.root, kind));
      const excess = folders.slice(0, Math.max(0, folders.length - this.retention[kind]));
      for (const folder of excess)
        await rm(join(this.root, kind, folder), { recursive: true, force: true });
    }
  }

  /** Deletes every copy of `relPath`: used when a person is deleted for good. */
  async purge(relPath: string): Promise<void> {
    for (const kind of KINDS) {
      for (const folder of await listFolders(join(this.root, kind))) {
        await rm(join(this.root, kind, folder, relPath), { force: true });
      }
    }
  }
}

async function listFolders(path: string): Promise<string[]> {
  try {
    const entries = await readdir(path, { withFileTypes: true });
    return entries
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
