import type { Adapter } from 'lowdb';
import { writeFileDurably } from './durable-write';
import { errnoOf, nodeFs, type StorageFs } from './fs';
import { jsonChunks } from './json-text';
import { withUnknownFields, type UnknownFields } from './unknown-fields';

/**
 * lowdb's adapter contract over a file written with `writeFileDurably`. lowdb's own JSONFile
 * does not fsync, and files have been lost to power failures with it.
 * `read` returns the raw parsed JSON: validation and migration belong to the document layer.
 */
export class DurableJsonFile implements Adapter<unknown> {
  /** Fields the schema does not know, written back with every save (unknown-fields.ts). */
  unknownFields: UnknownFields | null = null;

  constructor(
    readonly path: string,
    private readonly fs: StorageFs = nodeFs,
  ) {}

  /**
   * The file's text, or null when there is no file. A UTF-8 byte-order mark (some editors add
   * one) is not part of the JSON and is dropped.
   */
  async readText(): Promise<string | null> {
    let text: string;
    try {
      text = await this.fs.readFile(this.path, 'utf8');
    } catch (error) {
      if (errnoOf(error) === 'ENOENT') return null;
      throw error;
    }
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }

  /**
   * lowdb's read: null only when there is no file. A file holding JSON `null` is not "no file":
   * it is answered as is, for the document layer to treat as damaged.
   */
  async read(): Promise<unknown> {
    const text = await this.readText();
    return text === null ? null : (JSON.parse(text) as unknown);
  }

  async write(data: unknown): Promise<void> {
    await writeFileDurably(this.path, this.serialize(data), { fs: this.fs });
  }

  /** What a save writes: the data with any unknown fields put back. */
  serialize(data: unknown): Buffer[] {
    return serialize(withUnknownFields(data, this.unknownFields));
  }
}

/**
 * Compact JSON (no indentation: a third smaller, and quicker to write) and a final newline, as
 * UTF-8 chunks that reuse the bytes of the parts that did not change (json-text.ts): written as
 * they are, never joined. Reading accepts any JSON, so pretty-printed files from earlier
 * versions, or from a lead's editor, read as before.
 */
export function serialize(data: unknown): Buffer[] {
  const chunks = jsonChunks(data);
  chunks.push(NEWLINE);
  return chunks;
}

const NEWLINE = Buffer.from('\n');
