import { dirname, join } from 'node:path';
import { format } from 'date-fns';
import { z } from 'zod';
import type { Notice } from '../../../shared/ipc/channels/app';
import type { Clock } from '../clock';
import { SerialQueue } from '../serial-queue';
import { ensureFolder, syncFolder, writeFileDurably } from '../storage/durable-write';
import { errnoOf, nodeFs, type StorageFs } from '../storage/fs';
import { causeOf } from '../storage/storage-errors';

export const NOTICES_FILE = 'notices.json';

/** A notice as kept: `key` names what it is about, so a repeated cause replaces its notice. */
interface StoredNotice extends Notice {
  key?: string;
}

const MAX_TITLE = 500;
const MAX_MESSAGE = 5000;

/** Cuts a text to `max` characters, saying it was cut. */
const clip = (text: string, max: number) =>
  text.length <= max ? text : `${text.slice(0, max - 1)}…`;

/** One kept notice. Over-long texts are cut, not refused: one notice never costs the others. */
const storedNoticeSchema = z.object({
  id: z.string().max(80),
  level: z.enum(['info', 'warning', 'error']),
  title: z.string().transform((text) => clip(text, MAX_TITLE)),
  message: z.string().transform((text) => clip(text, MAX_MESSAGE)),
  at: z.string().max(40),
  key: z.string().max(300).optional(),
});
const storedSchema = z.object({ version: z.literal(1), notices: z.array(z.unknown()) });

export interface NoticesOptions {
  /** The data folder: notices are kept in `notices.json` there until the lead dismisses them. */
  dataDir?: string;
  fs?: StorageFs;
  /**
   * Writes nothing until `load` has read the kept notices (the store reads them only once the
   * folder is its own): notices added before that are kept in memory and written after.
   */
  loadFirst?: boolean;
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
  private loaded = false;
  /** Moves a damaged notices.json aside; runs before the first write over it. */
  private damaged: (() => Promise<void>) | null = null;

  constructor(
    private readonly clock: Clock,
    private readonly options: NoticesOptions = {},
  ) {}

  /**
   * Reads the kept notices. Each one that cannot be read costs only itself; a file that cannot be
   * read at all, or that holds unreadable notices, is moved to `damaged/` as it is before anything
   * is written in its place, and a notice says so.
   */
  async load(): Promise<void> {
    try {
      await this.readKept();
    } finally {
      this.loaded = true;
      if (this.unsaved) this.save();
    }
  }

  private async readKept(): Promise<void> {
    const { dataDir } = this.options;
    if (!dataDir) return;
    const fs = this.options.fs ?? nodeFs;
    let text: string;
    try {
      text = await fs.readFile(join(dataDir, NOTICES_FILE), 'utf8');
    } catch (error) {
      if (errnoOf(error) === 'ENOENT') return;
      const aside = this.setAsideLater(fs, dataDir);
      this.add({
        level: 'warning',
        title: 'Earlier notices could not be read',
        message: `${NOTICES_FILE} in the data folder could not be read (${causeOf(error).text}, ${causeOf(error).code}), so notices from before this start are not shown. It is kept as ${aside}.`,
      });
      return;
    }
    let parsed;
    try {
      parsed = storedSchema.safeParse(JSON.parse(text.replace(/^\uFEFF/, '')));
    } catch {
      parsed = null;
    }
    if (!parsed?.success) {
      const aside = this.setAsideLater(fs, dataDir);
      this.add({
        level: 'warning',
        title: 'Earlier notices could not be read',
        message: `${NOTICES_FILE} in the data folder is damaged, so notices from before this start are not shown. It is kept, untouched, as ${aside}.`,
      });
      return;
    }
    const kept: StoredNotice[] = [];
    for (const entry of parsed.data.notices) {
      const notice = storedNoticeSchema.safeParse(entry);
      if (notice.success) kept.push(notice.data);
    }
    const numbers = kept.map((n) => Number(/^notice-(\d+)$/.exec(n.id)?.[1] ?? 0));
    this.nextId = Math.max(1, ...numbers.map((n) => n + 1));
    // Notices added before this (at the start, before the folder was read) follow the kept ones.
    const earlier = this.items.map((n) => ({ ...n, id: `notice-${this.nextId++}` }));
    this.items = [...kept, ...earlier];
    const unreadable = parsed.data.notices.length - kept.length;
    if (unreadable > 0) {
      const aside = this.setAsideLater(fs, dataDir);
      this.add({
        level: 'warning',
        title: 'Some earlier notices could not be read',
        message: `${unreadable} of the notices kept in ${NOTICES_FILE} ${unreadable === 1 ? 'is' : 'are'} damaged and not shown; the others are. The file as it was is kept as ${aside}.`,
      });
    }
  }

  /** Adds a notice, or with `key` replaces the one about the same thing, and keeps it on disk. */
  add(notice: Omit<Notice, 'id' | 'at' | 'dismissible'>, key?: string): Notice {
    const item: StoredNotice = {
      ...notice,
      title: clip(notice.title, MAX_TITLE),
      message: clip(notice.message, MAX_MESSAGE),
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
    if (this.options.loadFirst && !this.loaded) return;
    void this.writes.run(async () => {
      if (!this.unsaved) return;
      this.unsaved = false;
      const content = `${JSON.stringify({ version: 1, notices: this.items }, null, 2)}\n`;
      try {
        if (this.damaged) await this.damaged();
        this.damaged = null;
        await writeFileDurably(join(dataDir, NOTICES_FILE), content, { fs: this.options.fs });
      } catch {
        // Still shown from memory; written with the next change or when the disk can be written.
        this.unsaved = true;
      }
    });
  }

  /**
   * A damaged notices.json goes to `damaged/` before anything is written in its place (at the
   * next save, so a read-only folder only delays it). Answers where it goes.
   */
  private setAsideLater(fs: StorageFs, dataDir: string): string {
    const stamp = format(this.clock(), "yyyyMMdd'T'HHmmss");
    const aside = join(dataDir, 'damaged', `${NOTICES_FILE}.${stamp}.json`);
    this.damaged = async () => {
      await ensureFolder(dirname(aside), fs);
      try {
        await fs.rename(join(dataDir, NOTICES_FILE), aside);
      } catch (error) {
        if (errnoOf(error) !== 'ENOENT') throw error;
      }
      await syncFolder(dataDir, fs);
    };
    return aside;
  }
}

function strip({ key: _key, ...notice }: StoredNotice): Notice {
  return notice;
}
