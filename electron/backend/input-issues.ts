import type { z } from 'zod';

/**
 * Messages for the issues a schema does not word itself (a field of the wrong type, a missing
 * field, an unexpected key), built without touching the input beyond `typeof`. Zod's own English
 * messages name the received type from `input.constructor.name`, which runs a getter or throws
 * "Cannot convert object to primitive value" for an object whose constructor's name is not text.
 */
export const readableIssue: z.core.$ZodErrorMap = (issue) => {
  const where = describePath(issue.path ?? []);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `${where} is missing.`;
      return `${where} should be ${typeName(issue.expected)}, not ${receivedName(issue.input)}.`;
    case 'unrecognized_keys':
      return `${where} has ${listKeys(issue.keys)}, which Coachbook does not expect.`;
    case 'invalid_value':
      return `${where} should be ${issue.values.length > 1 ? 'one of ' : ''}${issue.values.map(describeValue).join(', ')}.`;
    case 'too_big':
      return `${where} should be at most ${describeLimit(issue.maximum, issue.origin)}.`;
    case 'too_small':
      return `${where} should be at least ${describeLimit(issue.minimum, issue.origin)}.`;
    case 'invalid_format':
      return `${where} is not in the expected format.`;
    default:
      return `${where} is not valid.`;
  }
};

/** Said when reading the input itself threw: a getter, a proxy, or a value that is not data. */
export const UNREADABLE_INPUT =
  'Coachbook could not read this input: it holds something other than plain data. Nothing was saved.';

const MAX_SEGMENT = 40;

function shorten(text: string, max = MAX_SEGMENT): string {
  const points = Array.from(text);
  return points.length > max ? `${points.slice(0, max).join('')}…` : text;
}

/** `mood.score`, or "The input" for the whole of it. */
export function describePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'The input';
  const shown = path.slice(0, 8).map((segment) => shorten(keyText(segment)));
  return path.length > 8 ? `${shown.join('.')}…` : shown.join('.');
}

function keyText(key: PropertyKey): string {
  return typeof key === 'symbol' ? (key.description ?? 'symbol') : String(key);
}

function listKeys(keys: readonly string[]): string {
  const shown = keys.slice(0, 5).map((key) => JSON.stringify(shorten(key)));
  const more = keys.length > 5 ? ` and ${keys.length - 5} more` : '';
  return `${keys.length === 1 ? 'a field' : 'fields'} ${shown.join(', ')}${more}`;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  bigint: 'a big integer',
  symbol: 'a symbol',
  undefined: 'left out',
  null: 'null',
  date: 'a date',
  array: 'a list',
  tuple: 'a list',
  object: 'an object',
  record: 'an object',
  map: 'a map',
  set: 'a set',
  nan: 'not a number',
  function: 'a function',
};

function typeName(expected: string): string {
  return TYPE_NAMES[expected] ?? 'something else';
}

function receivedName(input: unknown): string {
  if (input === null) return 'null';
  if (typeof input === 'number' && Number.isNaN(input)) return 'not a number';
  if (typeof input !== 'object') return typeName(typeof input);
  try {
    return Array.isArray(input) ? 'a list' : 'an object';
  } catch {
    // Array.isArray throws on a revoked proxy.
    return 'an object';
  }
}

function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(shorten(value));
  if (value === null || ['number', 'boolean', 'bigint'].includes(typeof value)) {
    return String(value);
  }
  return typeName(typeof value);
}

function describeLimit(limit: number | bigint, origin: string): string {
  const unit = { string: ' characters', array: ' items', set: ' items' }[origin] ?? '';
  return `${limit.toString()}${unit}`;
}
