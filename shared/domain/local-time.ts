import { addDays, format, isValid, parseISO, startOfDay } from 'date-fns';

/**
 * Every conversion between instants and the lead's local calendar goes through here. Stored
 * timestamps are UTC ISO strings (`2026-11-17T09:00:00.000Z`); what the lead sees and what the
 * schedule keys on are local dates (`2026-11-17`) and local date-times (`2026-11-17T10:00`), in
 * the time zone of the machine running the code.
 */

/** A local date-time as stored on meetings and moves: `2026-11-17T10:00`. */
export const toLocalDateTime = (date: Date): string => format(date, "yyyy-MM-dd'T'HH:mm");

/** Reads `2026-11-17T10:00` (or a date alone) as local wall-clock time. */
export const fromLocalDateTime = (value: string): Date => parseISO(value);

/** The local calendar date of an instant: `2026-11-17`. */
export const toLocalDate = (date: Date): string => format(date, 'yyyy-MM-dd');

/** Midnight at the start of a local date (`2026-11-17`). */
export const fromLocalDate = (value: string): Date => startOfDay(parseISO(value));

/** The local date of a stored UTC timestamp (`2026-11-17T01:00:00.000Z` is 11-16 in New York). */
export const timestampToLocalDate = (timestamp: string): string => toLocalDate(new Date(timestamp));

/** The local date-time of a stored UTC timestamp, for display and for sorting beside meetings. */
export const timestampToLocalDateTime = (timestamp: string): string =>
  toLocalDateTime(new Date(timestamp));

/** The local date `days` after a local date, counted in calendar days (safe across DST). */
export const addLocalDays = (value: string, days: number): string =>
  toLocalDate(addDays(fromLocalDate(value), days));

/** True when `value` is a real local date-time in this time zone. */
export const isValidLocalDateTime = (value: string): boolean => isValid(parseISO(value));
