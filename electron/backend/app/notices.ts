import { join } from 'node:path';
import { z } from 'zod';
import type { Notice } from '../../../shared/ipc/channels/app';
import type { Clock } from '../clock';
import { SerialQueue } from '../serial-queue';
import { writeFileDurably } from '../storage/durable-write';
import { errnoOf, nodeFs, type StorageFs } from '../storage/fs';

export const NOTICES_FILE = 'notices.json';

/** A notice as kept: `key` names what it is about, so a repeated cause replaces its notice. */
interface StoredNotice extends Notice {
  key?: string;
}

const storedSchema = z.object({
  version: z.literal(1),
  notices: z.array(
    z.object({
      id: z.string().max(80),
      level: z.enum(['info', 'warning', 'error']),
      title: z.string().max(500),
      message: z.string().max(5000),
      at: z.string().max(40),
      key: z.string().max(300).optional(),
    }),
  ),
});

export interface NoticesOptions {
  /** The data folder: notices are kept in `notices.json` there until the lead dismisses them. */
  dataDir?: string;
  fs?: StorageFs;
}

/**
 * Things the lead must be told about, such as a damaged file that was restored. They are kept in
 * the data folder until dismissed, so a restart does not lose them. Live notices (the folder
 * cannot be written) describe a state, not an event: they are not kept and not dismissible, and
 * go away when the state does.
 */
export class Notices {
  private items: StoredNotice[] = [];
  private readonly live = new Map<string, Notice>();
  private nextId = 1;
  private readonly writes = new SerialQueue();
  private unsaved = false;

  constructor(
    private readonly clock: Clock,
    private readonly options: NoticesOptions = {},
  ) {}

  /** Reads the kept notices. A file that cannot be read is left where it is, with a notice. */
  async load(): Promise<void> {
    if (!this.options.dataDir) return;
    const fs = this.options.fs ?? nodeFs;
    let text: string;
    try {
      text = await fs.readFile(join(this.options.dataDir, NOTICES_FILE), 'utf8');
    } catch (error) {
      if (errnoOf(error) === 'ENOENT') return;
      throw error;
    }
    let parsed;
    try {
      parsed = storedSchema.safeParse(JSON.parse(text.replace(/^\uFEFF/, '')));
    } catch {
      parsed = null;
    }
    if (!parsed?.success) {
      this.add({
        level: 'warning',
        title: 'Earlier notices could not be read',
        message: `${NOTICES_FILE} in the data folder is damaged, so notices from before this start are not shown. It will be replaced by the next notice.`,
      });
      return;
    }
    this.items = [...parsed.data.notices, ...this.items];
    const numbers = this.items.map((n) => Number(/^notice-(\d+)$/.exec(n.id)?.[1] ?? 0));
    this.nextId = Math.max(this.nextId, ...numbers.map((n) => n + 1));
  }

  /** Adds a notice, or with `key` replaces the one about the same thing, and keeps it on disk. */
  add(notice: Omit<Notice, 'id' | 'at' | 'dismissible'>, key?: string): Notice {
    const item: StoredNotice = {
      ...notice,
      id: `notice-${this.nextId++}`,
      at: this.clock().toISOString(),
      ...(key ? { key } : {}),
    };
    this.items = [...this.items.filter((n) => !key || n.key !== key), item];
    this.save();
    return strip(item);
  }

  /** Removes the notice about `key`, if any (its cause was dealt with). */
  resolve(key: string): void {
    const before = this.items.length;
    this.items = this.items.filter((n) => n.key !== key);
    if (this.items.length !== before) this.save();
  }

  /** Shows `notice` while a state lasts (the folder cannot be written); never kept, never dismissible. */
  setLive(key: string, notice: Omit<Notice, 'id' | 'at' | 'dismissible'>): void {
    this.live.set(key, {
      ...notice,
      id: `live-${key}`,
      at: this.live.get(key)?.at ?? this.clock().toISOString(),
      dismissible: false,
    });
  }

  clearLive(key: string): void {
    this.live.delete(key);
  }

  list(): Notice[] {
    return [...this.live.values(), ...this.items.map(strip)];
  }

  dismiss(id: string): boolean {
    const before = this.items.length;
    this.items = this.items.filter((n) => n.id !== id);
    if (this.items.length === before) return false;
    this.save();
    return true;
  }

  /** Resolves once the notices are on disk, or the disk refused them (they stay in memory). */
  flush(): Promise<void> {
    return this.writes.run(() => Promise.resolve());
  }

  /** Writes again what a full or read-only disk refused before. */
  retry(): Promise<void> {
    if (this.unsaved) this.save();
    return this.flush();
  }

  private save(): void {
    const { dataDir } = this.options;
    if (!dataDir) return;
    this.unsaved = true;
    void this.writes.run(async () => {
      if (!this.unsaved) return;
      this.unsaved = false;
      const content = `${JSON.stringify({ version: 1, notices: this.items }, null, 2)}\n`;
      try {
        await writeFileDurably(join(dataDir, NOTICES_FILE), content, { fs: this.options.fs });
      } catch {
        // Still shown from memory; written with the next change or when the disk can be written.
        this.unsaved = true;
      }
    });
  }
}

function strip({ key: _key, ...notice }: StoredNotice): Notice {
  return notice;
}
