/**
 * Fields a file holds that this version's schema does not know (a hand edit, a sync tool's merge,
 * a build that added a field without a new format). Validation strips them from the document in
 * memory; they are kept here and written back with every save, so a save never drops them.
 */
export interface UnknownFields {
  /** Keys the schema does not know at this level, with their values. */
  own?: Record<string, unknown>;
  /** Unknown fields below known keys. */
  fields?: Record<string, UnknownFields>;
  /** Unknown fields inside list entries, by the entry's `id` (`#3` for an entry without one). */
  entries?: Record<string, UnknownFields>;
  /**
   * For an entry without an `id`: the entry as validated. Its fields go back on that very entry
   * (or one equal to it) wherever it is in the list now, never on whatever took its place; an
   * entry without an id that was changed or removed is a new entry, like a deleted one.
   */
  entry?: unknown;
}

type Plain = Record<string, unknown>;
const isPlain = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const entryKey = (entry: unknown, index: number) =>
  isPlain(entry) && typeof entry.id === 'string' ? `id:${entry.id}` : `#${index}`;

/** What `raw` (as read, after migrations) holds that `parsed` (as validated) does not. */
export function findUnknownFields(raw: unknown, parsed: unknown): UnknownFields | null {
  const found: UnknownFields = {};
  if (isPlain(raw) && isPlain(parsed)) {
    for (const [key, value] of Object.entries(raw)) {
      if (!Object.hasOwn(parsed, key)) {
        (found.own ??= {})[key] = value;
        continue;
      }
      const below = findUnknownFields(value, parsed[key]);
      if (below) (found.fields ??= {})[key] = below;
    }
  } else if (Array.isArray(raw) && Array.isArray(parsed)) {
    const byKey = new Map(parsed.map((entry, index) => [entryKey(entry, index), entry]));
    raw.forEach((entry, index) => {
      const key = entryKey(entry, index);
      const below = byKey.has(key) ? findUnknownFields(entry, byKey.get(key)) : null;
      if (below && key.startsWith('#')) below.entry = byKey.get(key);
      if (below) (found.entries ??= {})[key] = below;
    });
  }
  return found.own || found.fields || found.entries ? found : null;
}

/** `data` with the unknown fields put back where they were, for writing; `data` is not changed. */
export function withUnknownFields(data: unknown, unknown: UnknownFields | null): unknown {
  if (!unknown) return data;
  if (isPlain(data)) {
    const copy: Plain = { ...data };
    for (const [key, below] of Object.entries(unknown.fields ?? {})) {
      if (Object.hasOwn(copy, key)) copy[key] = withUnknownFields(copy[key], below);
    }
    // Known fields win: a later version of the schema may have learnt a name.
    for (const [key, value] of Object.entries(unknown.own ?? {})) {
      if (!Object.hasOwn(copy, key)) copy[key] = value;
    }
    return copy;
  }
  if (Array.isArray(data) && unknown.entries) {
    const entries = unknown.entries;
    const withoutId = placeEntriesWithoutId(data, entries);
    return data.map((entry, index) => {
      const key = entryKey(entry, index);
      const below = key.startsWith('#') ? withoutId.get(index) : entries[key];
      return below ? withUnknownFields(entry, below) : entry;
    });
  }
  return data;
}

/**
 * Where the entries without an id that had unknown fields are now: the very entry held since
 * loading (documents are frozen and share untouched parts), else one equal to it.
 */
function placeEntriesWithoutId(
  data: unknown[],
  entries: Record<string, UnknownFields>,
): Map<number, UnknownFields> {
  const placed = new Map<number, UnknownFields>();
  let texts: (string | undefined)[] | null = null;
  for (const [key, below] of Object.entries(entries)) {
    if (!key.startsWith('#') || below.entry === undefined) continue;
    let at = data.findIndex((entry, i) => entry === below.entry && !placed.has(i));
    if (at < 0) {
      texts ??= data.map((entry, i) =>
        entryKey(entry, i).startsWith('#') ? JSON.stringify(entry) : undefined,
      );
      const text = JSON.stringify(below.entry);
      at = texts.findIndex((candidate, i) => candidate === text && !placed.has(i));
    }
    if (at >= 0) placed.set(at, below);
  }
  return placed;
}

/** Where the unknown fields are (`person.pronouns`, `meetings[id:…].location`), for the log and tests. */
export function unknownFieldPaths(unknown: UnknownFields | null, prefix = ''): string[] {
  if (!unknown) return [];
  const join = (key: string) => (prefix ? `${prefix}.${key}` : key);
  return [
    ...Object.keys(unknown.own ?? {}).map(join),
    ...Object.entries(unknown.fields ?? {}).flatMap(([key, below]) =>
      unknownFieldPaths(below, join(key)),
    ),
    ...Object.entries(unknown.entries ?? {}).flatMap(([key, below]) =>
      unknownFieldPaths(below, `${prefix}[${key}]`),
    ),
  ];
}
