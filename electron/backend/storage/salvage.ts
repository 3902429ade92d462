import type { DocumentKind } from './migrations';

/** A damaged document where only some entries were bad: the rest, and what was taken out. */
export interface Salvaged<T> {
  document: T;
  /** What was set aside, in words (`a 1:1 of 2026-11-17 (notes: Too long)`). */
  removed: string[];
}

const MAX_REMOVED = 20;
const MAX_ROUNDS = 4;

const LABELS: Record<string, string> = {
  meetings: '1:1',
  talkingPoints: 'talking point',
  actionItems: 'action item',
  feedback: 'feedback entry',
  recognitions: 'recognition',
  exceptions: 'schedule change',
  pastCadences: 'earlier cadence',
  skills: 'skill',
  tags: 'tag',
  values: 'value',
  custom: 'question',
  templates: 'template',
};

type Path = PropertyKey[];

/**
 * Where a document fails its schema only inside entries of lists (one 1:1 with notes over the
 * limit, one talking point with a bad date), takes those entries out and keeps the rest. Answers
 * null when a problem lies outside any list entry (the person record itself), when too much is
 * bad for the rest to be trusted, or when nothing needs taking out.
 */
export function salvageEntries<T>(
  document: Record<string, unknown>,
  kind: DocumentKind<T>,
): Salvaged<T> | null {
  const current = structuredClone(document);
  const removed: string[] = [];
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const parsed = kind.schema.safeParse(current);
    if (parsed.success) return removed.length ? { document: parsed.data, removed } : null;
    const entries = new Map<string, { path: Path; problems: string[] }>();
    for (const issue of parsed.error.issues) {
      const at = issue.path.findIndex((segment) => typeof segment === 'number');
      if (at < 0) return null;
      const path = issue.path.slice(0, at + 1);
      const key = JSON.stringify(path.map(String));
      const field = issue.path
        .slice(at + 1)
        .map(String)
        .join('.');
      const entry = entries.get(key) ?? { path, problems: [] };
      entry.problems.push(field ? `${field}: ${issue.message}` : issue.message);
      entries.set(key, entry);
    }
    if (removed.length + entries.size > MAX_REMOVED) return null;
    // Last index first, so taking one out does not shift the others in the same list.
    const ordered = [...entries.values()].sort(
      (a, b) => Number(b.path.at(-1)) - Number(a.path.at(-1)),
    );
    for (const { path, problems } of ordered) {
      const list = valueAt(current, path.slice(0, -1));
      const index = Number(path.at(-1));
      if (!Array.isArray(list) || index >= list.length) return null;
      removed.push(describe(path, list[index], problems));
      list.splice(index, 1);
    }
  }
  return null;
}

function valueAt(root: unknown, path: Path): unknown {
  let value = root;
  for (const segment of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

function describe(path: Path, entry: unknown, problems: string[]): string {
  const list = String(path.at(-2) ?? '');
  const label = LABELS[list] ?? `entry of ${path.slice(0, -1).map(String).join('.')}`;
  const fields = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<
    string,
    unknown
  >;
  const dated = [fields.occurrence, fields.date, fields.at, fields.createdAt].find(
    (value): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value),
  );
  const when = dated ? ` of ${dated.slice(0, 10)}` : ` (number ${Number(path.at(-1)) + 1})`;
  return `a ${label}${when} (${problems.slice(0, 3).join('; ')})`;
}

export interface RepairedJson {
  value: unknown;
  /** Where each stray character was (`0x07 at line 4, column 3`). */
  removed: string[];
}

/**
 * Reads JSON that failed to parse because of stray bytes that can never be part of a file
 * Coachbook wrote: control characters inside or outside strings, and non-ASCII characters (such
 * as the replacement character of an invalid byte) between values. Anything else (a stray letter,
 * a missing quote, a cut-off file) is not guessed at: answers null.
 */
export function repairStrayBytes(text: string, maxRemoved = 8): RepairedJson | null {
  let kept = '';
  const removed: string[] = [];
  let inString = false;
  let escaped = false;
  let line = 1;
  let column = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    column += 1;
    const stray = inString
      ? code < 0x20
      : code > 0x7e || (code < 0x20 && char !== '\n' && char !== '\r' && char !== '\t');
    if (stray) {
      removed.push(`0x${code.toString(16).padStart(2, '0')} at line ${line}, column ${column}`);
      if (removed.length > maxRemoved) return null;
    } else {
      kept += char;
    }
    if (char === '\n') [line, column] = [line + 1, 0];
    if (stray) continue;
    if (inString && !escaped && char === '"') inString = false;
    else if (!inString && char === '"') inString = true;
    escaped = inString && !escaped && char === '\\';
  }
  if (!removed.length) return null;
  try {
    return { value: JSON.parse(kept) as unknown, removed };
  } catch {
    return null;
  }
}
