import { isContainer } from './draft';

/**
 * Compact JSON text of a document, as `JSON.stringify(value)` gives it, reusing the text of every
 * part that has not changed since the last save. Only frozen parts are remembered (the documents
 * the store holds are deep-frozen, so a frozen part's text never goes stale), and only near the
 * top: each of the document's fields (`meetings`, `person`) and each entry of its lists (one 1:1),
 * and one level below (`growth.goals` and its goals). A save then writes out what changed and
 * copies the rest. Deeper parts are written by `JSON.stringify` itself, which is fastest there;
 * the document itself is not kept, as it changes with every save.
 */
const remembered = new WeakMap<object, string>();
const REMEMBERED_DEPTH = 3;

export function jsonText(value: unknown): string {
  const text = write(value, 0);
  if (text === undefined) throw new TypeError('Only a JSON value can be written.');
  return text;
}

function write(value: unknown, depth: number): string | undefined {
  if (typeof value !== 'object' || value === null || !isContainer(value))
    return JSON.stringify(value) as string | undefined;
  if (depth > REMEMBERED_DEPTH) return JSON.stringify(value);
  const keep = depth > 0 && Object.isFrozen(value);
  if (keep) {
    const known = remembered.get(value);
    if (known !== undefined) return known;
  }
  const text = Array.isArray(value) ? writeList(value, depth) : writeObject(value, depth);
  if (keep) remembered.set(value, text);
  return text;
}

function writeList(list: unknown[], depth: number): string {
  const parts = new Array<string>(list.length);
  // A hole, undefined or a function is `null` in a list, as JSON.stringify writes it.
  for (let i = 0; i < list.length; i++) parts[i] = write(list[i], depth + 1) ?? 'null';
  return `[${parts.join(',')}]`;
}

function writeObject(object: Record<string, unknown>, depth: number): string {
  if (typeof object.toJSON === 'function') return JSON.stringify(object);
  const parts: string[] = [];
  for (const key of Object.keys(object)) {
    // A field holding undefined or a function is left out, as JSON.stringify does.
    const text = write(object[key], depth + 1);
    if (text !== undefined) parts.push(`${JSON.stringify(key)}:${text}`);
  }
  return `{${parts.join(',')}}`;
}
