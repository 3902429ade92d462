import type { z } from 'zod';

/** Turns a zod error into one message per field path (`cadence.time`), the first one winning. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  // A Map, then fromEntries: a key such as `__proto__` or `toString` (from a record's keys) is
  // then an own field like any other, never the prototype's.
  const fields = new Map<string, string>();
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    if (!fields.has(key)) fields.set(key, issue.message);
  }
  return Object.fromEntries(fields);
}

/** One sentence for the whole error, for places that cannot show field messages. */
export function summarizeIssues(error: z.ZodError): string {
  const first = error.issues[0];
  if (!first) return 'The input is not valid.';
  return first.message;
}
