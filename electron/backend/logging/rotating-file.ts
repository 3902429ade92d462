import { appendFileSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface RotatingFileOptions {
  dir: string;
  /** The current file's name; older ones are `<stem>.1<ext>` (newest) to `<stem>.<keep><ext>`. */
  name?: string;
  /** Bytes the current file may reach before it is rotated. */
  maxBytes?: number;
  /** Older files kept besides the current one. */
  keep?: number;
}

/**
 * An append-only text file capped in size: when the next line would pass `maxBytes`, the file
 * becomes `.1`, `.1` becomes `.2`, and the oldest beyond `keep` is deleted. Writes are
 * synchronous, so a line logged just before a crash or quit is on disk; the volume is small
 * (startup, quit, errors). A log that cannot be written never breaks the app.
 */
export class RotatingFile {
  readonly dir: string;
  private readonly stem: string;
  private readonly ext: string;
  private readonly maxBytes: number;
  private readonly keep: number;
  private size: number | null = null;

  constructor({
    dir,
    name = 'coachbook.log',
    maxBytes = 1024 * 1024,
    keep = 3,
  }: RotatingFileOptions) {
    this.dir = dir;
    const dot = name.lastIndexOf('.');
    this.stem = dot > 0 ? name.slice(0, dot) : name;
    this.ext = dot > 0 ? name.slice(dot) : '';
    this.maxBytes = maxBytes;
    this.keep = keep;
  }

  /** The current file, then the older ones, newest first. */
  paths(): string[] {
    return [0, ...Array.from({ length: this.keep }, (_, i) => i + 1)].map((n) => this.path(n));
  }

  append(line: string): void {
    try {
      const bytes = Buffer.byteLength(line);
      if (this.size === null) {
        mkdirSync(this.dir, { recursive: true });
        this.size = sizeOf(this.path(0));
      }
      if (this.size > 0 && this.size + bytes > this.maxBytes) this.rotate();
      appendFileSync(this.path(0), line);
      this.size += bytes;
    } catch {
      this.size = null;
    }
  }

  private path(n: number): string {
    return join(this.dir, n === 0 ? `${this.stem}${this.ext}` : `${this.stem}.${n}${this.ext}`);
  }

  private rotate(): void {
    rmSync(this.path(this.keep), { force: true });
    for (let n = this.keep - 1; n >= 0; n--) renameIfThere(this.path(n), this.path(n + 1));
    this.size = 0;
  }
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

function renameIfThere(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
