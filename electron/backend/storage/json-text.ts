import { isContainer } from './draft';

/**
 * Compact JSON of a document as UTF-8 chunks: concatenated, they are exactly the bytes of
 * `JSON.stringify(value)`. A save writes the chunks as they are (one vectored write,
 * durable-write.ts), so the document is never one string of several MB, nor encoded whole.
 *
 * The encoded bytes of every part that has not changed since the last save are reused. Only
 * frozen parts are remembered (the documents the store holds are deep-frozen, so a frozen part's
 * bytes never go stale), and only near the top: each of the document's fields (`meetings`,
 * `person`) and each entry of its lists (one 1:1), and one level below (`growth.goals` and its
 * goals). Deeper parts are written by `JSON.stringify` itself, which is fastest there; the
 * document itself is not kept, as it changes with every save.
 *
 * Small pieces (punctuation, a changed entry, remembered entries) are gathered into blocks of
 * about `BLOCK` bytes, so a long list is a few dozen chunks rather than one per entry; a
 * remembered chunk of `LARGE` bytes or more (a list that did not change) is passed on uncopied.
 */
export type JsonChunks = readonly Buffer[];

/** A part's chunks; most parts are one chunk, kept without a list around it (fewer objects to mark). */
const remembered = new WeakMap<object, Buffer | JsonChunks>();
const REMEMBERED_DEPTH = 3;
const BLOCK = 64 * 1024;
const LARGE = 8 * 1024;
const PUNCTUATION = new Map([',', '[', ']', '{', '}', '],', '},'].map((t) => [t, Buffer.from(t)]));

export function jsonChunks(value: unknown): Buffer[] {
  const out = new ChunkWriter();
  if (!write(value, 0, out)) throw new TypeError('Only a JSON value can be written.');
  return out.finish();
}

/** Gathers text and remembered chunks, in order, into a list of chunks. */
class ChunkWriter {
  private readonly chunks: Buffer[] = [];
  /** Text not yet encoded: consecutive pieces of text are encoded once, together. */
  private text = '';
  /** Small chunks not yet copied into a block. */
  private pending: Buffer[] = [];
  private pendingBytes = 0;

  add(text: string): void {
    this.text += text;
    if (this.text.length >= BLOCK) this.encodeText();
  }

  addChunks(chunks: Buffer | JsonChunks): void {
    this.encodeText();
    if (Buffer.isBuffer(chunks)) this.addChunk(chunks);
    else for (const chunk of chunks) this.addChunk(chunk);
  }

  finish(): Buffer[] {
    this.encodeText();
    this.flush();
    return this.chunks;
  }

  private addChunk(chunk: Buffer): void {
    if (chunk.length >= LARGE) {
      this.flush();
      this.chunks.push(chunk);
      return;
    }
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    if (this.pendingBytes >= BLOCK) this.flush();
  }

  private encodeText(): void {
    if (this.text === '') return;
    // Punctuation between remembered parts (a comma between two list entries) is shared.
    const chunk = PUNCTUATION.get(this.text) ?? Buffer.from(this.text, 'utf8');
    this.text = '';
    this.addChunk(chunk);
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    this.chunks.push(
      this.pending.length === 1 ? this.pending[0]! : Buffer.concat(this.pending, this.pendingBytes),
    );
    this.pending = [];
    this.pendingBytes = 0;
  }
}

/**
 * Text of a value `JSON.stringify` writes itself (not a container, too deep, or with `toJSON`):
 * undefined when it writes nothing (undefined, a function). Null for a container written here.
 */
function leafText(value: unknown, depth: number): string | undefined | null {
  if (
    !isContainer(value) ||
    depth > REMEMBERED_DEPTH ||
    typeof (value as { toJSON?: unknown }).toJSON === 'function'
  )
    return JSON.stringify(value) as string | undefined;
  return null;
}

/**
 * The remembered chunks of `value`, looked up first: most parts of a save are unchanged entries.
 * Only frozen parts without `toJSON` are ever remembered, and a frozen part stays so.
 */
function knownChunks(value: unknown, depth: number): Buffer | JsonChunks | undefined {
  if (depth === 0 || depth > REMEMBERED_DEPTH || typeof value !== 'object' || value === null)
    return undefined;
  return remembered.get(value);
}

/** Writes `value`; false when JSON.stringify would write nothing for it. */
function write(value: unknown, depth: number, out: ChunkWriter): boolean {
  const known = knownChunks(value, depth);
  if (known !== undefined) {
    out.addChunks(known);
    return true;
  }
  const leaf = leafText(value, depth);
  if (leaf === undefined) return false;
  if (leaf !== null) out.add(leaf);
  else writeContainer(value as object, depth, out);
  return true;
}

function writeContainer(value: object, depth: number, out: ChunkWriter): void {
  const keep = depth > 0 && Object.isFrozen(value);
  const own = keep ? new ChunkWriter() : out;
  if (Array.isArray(value)) writeList(value, depth, own);
  else writeObject(value as Record<string, unknown>, depth, own);
  if (!keep) return;
  const chunks = own.finish();
  remembered.set(value, chunks.length === 1 ? chunks[0]! : chunks);
  out.addChunks(chunks);
}

function writeList(list: unknown[], depth: number, out: ChunkWriter): void {
  out.add('[');
  for (let i = 0; i < list.length; i++) {
    if (i > 0) out.add(',');
    // A hole, undefined or a function is `null` in a list, as JSON.stringify writes it.
    if (!write(list[i], depth + 1, out)) out.add('null');
  }
  out.add(']');
}

function writeObject(object: Record<string, unknown>, depth: number, out: ChunkWriter): void {
  out.add('{');
  let first = true;
  for (const key of Object.keys(object)) {
    const value = object[key];
    const known = knownChunks(value, depth + 1);
    if (known !== undefined) {
      out.add(`${first ? '' : ','}${JSON.stringify(key)}:`);
      first = false;
      out.addChunks(known);
      continue;
    }
    // A field holding undefined or a function is left out, as JSON.stringify does.
    const leaf = leafText(value, depth + 1);
    if (leaf === undefined) continue;
    out.add(`${first ? '' : ','}${JSON.stringify(key)}:`);
    first = false;
    if (leaf !== null) out.add(leaf);
    else writeContainer(value as object, depth + 1, out);
  }
  out.add('}');
}
