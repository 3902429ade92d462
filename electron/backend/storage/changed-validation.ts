import type { z } from 'zod';

/**
 * Validates only what changed between two versions of a document, found by identity: `previous`
 * is the validated (and deep-frozen) document the store holds, `next` the result of an update
 * with structural sharing (draft.ts), so every part that is the same object as before holds the
 * same, already valid, content. The schema is walked alongside: a plain object is entered key by
 * key, a plain list entry by entry (entries that were already in the list are kept as they are,
 * each new or changed entry is validated whole). Anywhere the walk is not sure, it falls back to
 * validating the whole part with its schema: a schema with checks or refinements on an object or
 * a list, unions, records, pipes, anything it does not know. A missed declaration can therefore
 * only cost time, never skip a check. The result is what a full parse would give: unknown keys
 * stripped, defaults filled in, for the changed parts; the unchanged parts are kept as they are.
 */

export type ChangeResult<T> =
  | { ok: true; value: T; checked: string[] }
  | { ok: false; path: string; issue: string; checked: string[] };

interface Walk {
  checked: string[];
  failure: { path: string; issue: string } | null;
}

type Schema = z.ZodType;
type Def = {
  type: string;
  checks?: unknown[];
  shape?: Record<string, Schema>;
  catchall?: Schema;
  element?: Schema;
};

const defOf = (schema: Schema) => (schema as unknown as { _zod: { def: Def } })._zod.def;
const isPlain = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.getPrototypeOf(value) === Object.prototype;

const FAILED = Symbol('failed');

export function validateChanges<T>(
  schema: z.ZodType<T>,
  previous: T,
  next: unknown,
): ChangeResult<T> {
  const walk: Walk = { checked: [], failure: null };
  const value = check(schema, previous, next, '', walk);
  if (value === FAILED) return { ok: false, ...walk.failure!, checked: walk.checked };
  return { ok: true, value: value as T, checked: walk.checked };
}

function check(
  schema: Schema,
  previous: unknown,
  next: unknown,
  path: string,
  walk: Walk,
): unknown {
  if (next === previous) return previous;
  const def = defOf(schema);
  if (!def.checks?.length) {
    if (def.type === 'object' && !def.catchall && isPlain(previous) && isPlain(next))
      return checkObject(def.shape!, previous, next, path, walk);
    if (def.type === 'array' && Array.isArray(previous) && Array.isArray(next))
      return checkList(def.element!, previous, next, path, walk);
  }
  return whole(schema, next, path, walk);
}

function checkObject(
  shape: Record<string, Schema>,
  previous: Record<string, unknown>,
  next: Record<string, unknown>,
  path: string,
  walk: Walk,
): unknown {
  // Built in the schema's key order, as a parse does; keys the schema does not know are stripped.
  const out: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(shape)) {
    const present = Object.hasOwn(next, key);
    const value =
      present === Object.hasOwn(previous, key) && next[key] === previous[key]
        ? previous[key]
        : check(schema, previous[key], next[key], path ? `${path}.${key}` : key, walk);
    if (value === FAILED) return FAILED;
    if (value !== undefined || present) out[key] = value;
  }
  return out;
}

function checkList(
  element: Schema,
  previous: unknown[],
  next: unknown[],
  path: string,
  walk: Walk,
): unknown {
  let before: Set<unknown> | null = null;
  const out = new Array<unknown>(next.length);
  for (let i = 0; i < next.length; i++) {
    const entry = next[i];
    // Entries that were in the list (in place, or moved by a removal or a sort) are valid already.
    // The store's documents are deep-frozen, so an entry that is not frozen is new and is checked
    // without building the set (were `previous` not frozen, a moved entry is checked again).
    if (
      entry === previous[i] ||
      (Object.isFrozen(entry) && entry !== undefined && (before ??= new Set(previous)).has(entry))
    ) {
      out[i] = entry;
      continue;
    }
    const value = whole(element, entry, `${path}[${i}]`, walk);
    if (value === FAILED) return FAILED;
    out[i] = value;
  }
  return out;
}

function whole(schema: Schema, value: unknown, path: string, walk: Walk): unknown {
  walk.checked.push(path);
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = [path, ...(issue?.path ?? []).map(String)].filter(Boolean).join('.');
  walk.failure = { path: where, issue: issue?.message ?? 'not valid' };
  return FAILED;
}
