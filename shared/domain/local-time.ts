import { addDays, differenceInCalendarDays, format, parseISO, startOfDay } from 'date-fns';

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

/** The local date of a local date-time (`2026-11-17T10:00` is `2026-11-17`); a date stays as is. */
export const localDateTimeToDate = (value: string): string => value.slice(0, 10);

/**
 * The local date of a stored value that is either a local date (`2026-11-17`, kept as is) or a
 * UTC timestamp (converted): the rules that count days accept both.
 */
export const storedToLocalDate = (value: string): string =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : timestampToLocalDate(value);

/** Whole calendar days from local date `from` to local date `to`, negative when `to` is earlier. */
export const localDaysBetween = (from: string, to: string): number =>
  differenceInCalendarDays(fromLocalDate(to), fromLocalDate(from));

/** A local date as people read it: `17 Nov 2026`. */
export const displayLocalDate = (value: string): string =>
  format(fromLocalDate(value), 'd MMM yyyy');
