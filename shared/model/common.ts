import { z } from 'zod';

/** A calendar date without a time, as the lead means it: `2026-03-31`. */
/** True when `yyyy-MM-dd` at the start of the value names a real calendar day (no 30 February). */
export function isRealDate(value: string): boolean {
  const [y, m, d] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
  const date = new Date(2000, m - 1, d);
  date.setFullYear(y);
  return date.getFullYear() === y && date.getMonth() === m - 1 && date.getDate() === d;
}

export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-03-31.')
  .refine(isRealDate, 'This date does not exist.');

/** A wall-clock time: `09:30`. */
export const timeOfDaySchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time like 09:30 (24-hour).');

export const idSchema = z.string().min(1, 'An id is required.').max(64, 'This id is too long.');

/** A timestamp the app records (ISO 8601 with time zone). */
export const timestampSchema = z.string().datetime({ offset: true });

export function trimmedText(label: string, max: number) {
  return z.string().trim().max(max, `${label} must be at most ${max} characters.`);
}

/** True when text has nothing to read: only spaces, line breaks or invisible marks. */
export function isBlankText(text: string): boolean {
  return /^[\s\p{White_Space}\p{Default_Ignorable_Code_Point}]*$/u.test(text);
}

/**
 * Long-form Markdown (notes) kept exactly as typed, indentation and final newline included:
 * trimming is only how it is decided that a note is empty, and an empty note is stored as ''.
 */
export function untrimmedText(label: string, max: number) {
  return z
    .string()
    .max(max, `${label} must be at most ${max} characters.`)
    .transform((text) => (isBlankText(text) ? '' : text));
}

export function requiredText(label: string, max: number) {
  return trimmedText(label, max).min(1, `${label} is required.`);
}
