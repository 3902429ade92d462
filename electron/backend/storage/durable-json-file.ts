import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { writeFileDurably } from './durable-write';

/**
 * lowdb's adapter contract over a file written with `writeFileDurably`. lowdb's own JSONFile
 * does not fsync, and files have been lost to power failures with it.
 * `read` returns the raw parsed JSON: validation and migration belong to the document layer.
 */
export class DurableJsonFile implements Adapter<unknown> {
  constructor(readonly path: string) {}

  async read(): Promise<unknown> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    return JSON.parse(text) as unknown;
  }

  async write(data: unknown): Promise<void> {
    await writeFileDurably(this.path, serialize(data));
  }
}

export function serialize(data: unknown): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}
