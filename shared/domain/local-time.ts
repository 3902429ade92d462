import { differenceInCalendarDays, format, parseISO } from 'date-fns';

/**
 * Every conversion between instants and the lead's local calendar goes through here. Stored
 * timestamps are UTC ISO strings (`2026-11-17T09:00:00.000Z`); what the lead sees and what the
 * schedule keys on are local dates (`2026-11-17`) and local date-times (`2026-11-17T10:00`), in
 * the time zone of the machine running the code.
 *
 * Every schedule and reminder rule calls these for each date it reads, so the two fixed formats
 * are read and written by hand: the same steps as date-fns (`parseISO`, `format`, `startOfDay`,
 * `differenceInCalendarDays`), on the same `Date` setters and getters, so the time zone (even one
 * changed while running), DST gaps and overlaps come out exactly as before. Anything outside the
 * fixed formats (an invalid date, a year before 100 or after 9999, `24:00`, seconds) goes to
 * date-fns itself. tests/unit/shared/domain/local-time-equivalence.test.ts checks both agree.
 */

const ZERO = 48; // '0'

/** The number in `value` from `from` for `count` digits, or -1 when one is not a digit. */
function digits(value: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    const digit = value.charCodeAt(i) - ZERO;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}

const isLeap = (year: number) => year % 400 === 0 || (year % 4 === 0 && year % 100 !== 0);
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const daysIn = (year: number, month: number) =>
  month === 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month - 1]!;

/**
 * `2026-11-17` or `2026-11-17T10:00` as local wall-clock time, built as parseISO builds it (a
 * `Date` at 0, then setFullYear and setHours, so a time in a DST gap moves the same way); null
 * when `value` is not exactly one of the two formats with a real date and time.
 */
function readLocal(value: string): Date | null {
  const length = value.length;
  if (length !== 10 && length !== 16) return null;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return null; // '-'
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 2);
  const day = digits(value, 8, 2);
  if (year < 100 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  let hours = 0;
  let minutes = 0;
  if (length === 16) {
    if (value.charCodeAt(10) !== 84 || value.charCodeAt(13) !== 58) return null; // 'T', ':'
    hours = digits(value, 11, 2);
    minutes = digits(value, 14, 2);
    if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59) return null;
  }
  const date = new Date(0);
  date.setFullYear(year, month - 1, day);
  date.setHours(hours, minutes, 0, 0);
  return date;
}

const two = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/** The local `yyyy-MM-dd` of `date`, or null where date-fns must write it (invalid, far years). */
function writeDate(date: Date): string | null {
  const year = date.getFullYear();
  if (!(year >= 1000 && year <= 9999)) return null;
  return `${year}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

/** A local date-time as stored on meetings and moves: `2026-11-17T10:00`. */
export const toLocalDateTime = (date: Date): string => {
  const day = writeDate(date);
  return day === null
    ? format(date, "yyyy-MM-dd'T'HH:mm")
    : `${day}T${two(date.getHours())}:${two(date.getMinutes())}`;
};

/** Reads `2026-11-17T10:00` (or a date alone) as local wall-clock time. */
export const fromLocalDateTime = (value: string): Date => readLocal(value) ?? parseISO(value);

/** The local calendar date of an instant: `2026-11-17`. */
export const toLocalDate = (date: Date): string => writeDate(date) ?? format(date, 'yyyy-MM-dd');

/** Midnight at the start of a local date (`2026-11-17`). */
export const fromLocalDate = (value: string): Date => {
  // startOfDay: midnight of that local day (01:00 where the day starts with a DST gap).
  const date = fromLocalDateTime(value);
  date.setHours(0, 0, 0, 0);
  return date;
};

/** The local date of a stored UTC timestamp (`2026-11-17T01:00:00.000Z` is 11-16 in New York). */
export const timestampToLocalDate = (timestamp: string): string => toLocalDate(new Date(timestamp));

/** The local date-time of a stored UTC timestamp, for display and for sorting beside meetings. */
export const timestampToLocalDateTime = (timestamp: string): string =>
  toLocalDateTime(new Date(timestamp));

/** The local date `days` after a local date, counted in calendar days (safe across DST). */
export const addLocalDays = (value: string, days: number): string => {
  // As date-fns addDays: the same time of day, `days` calendar days on (none: unchanged).
  const date = fromLocalDate(value);
  if (Number.isNaN(days)) return toLocalDate(new Date(NaN));
  if (days) date.setDate(date.getDate() + days);
  return toLocalDate(date);
};

/** The local date of a local date-time (`2026-11-17T10:00` is `2026-11-17`); a date stays as is. */
export const localDateTimeToDate = (value: string): string => value.slice(0, 10);

/** True for a local date as stored: `2026-11-17` (digits and dashes, not checked as a date). */
const isLocalDateShape = (value: string): boolean =>
  value.length === 10 &&
  value.charCodeAt(4) === 45 &&
  value.charCodeAt(7) === 45 &&
  digits(value, 0, 4) >= 0 &&
  digits(value, 5, 2) >= 0 &&
  digits(value, 8, 2) >= 0;

/**
 * The local date of a stored value that is either a local date (`2026-11-17`, kept as is) or a
 * UTC timestamp (converted): the rules that count days accept both.
 */
export const storedToLocalDate = (value: string): string =>
  isLocalDateShape(value) ? value : timestampToLocalDate(value);

/**
 * The wall-clock reading of `date` as if it were UTC: what differenceInCalendarDays subtracts
 * (`+date - getTimezoneOffsetInMilliseconds(date)`); null for years Date.UTC reads as 19xx.
 */
function wallClock(date: Date): number | null {
  const year = date.getFullYear();
  if (!(year >= 100)) return null;
  return Date.UTC(
    year,
    date.getMonth(),
    date.getDate(),
    date.getHours(),
    date.getMinutes(),
    date.getSeconds(),
    date.getMilliseconds(),
  );
}

/**
 * Whole calendar days from the local day of instant `earlier` to that of `later` (negative when
 * `later` is earlier), as date-fns differenceInCalendarDays counts them.
 */
export function calendarDaysBetween(later: Date, earlier: Date): number {
  const laterDay = new Date(later.getTime());
  laterDay.setHours(0, 0, 0, 0);
  const earlierDay = new Date(earlier.getTime());
  earlierDay.setHours(0, 0, 0, 0);
  const to = wallClock(laterDay);
  const from = wallClock(earlierDay);
  if (to === null || from === null) return differenceInCalendarDays(later, earlier);
  return Math.round((to - from) / 86_400_000);
}

/** Whole calendar days from local date `from` to local date `to`, negative when `to` is earlier. */
export const localDaysBetween = (from: string, to: string): number =>
  calendarDaysBetween(fromLocalDate(to), fromLocalDate(from));

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A local date as people read it: `17 Nov 2026`. */
export const displayLocalDate = (value: string): string => {
  const date = fromLocalDate(value);
  const year = date.getFullYear();
  if (!(year >= 1000 && year <= 9999)) return format(date, 'd MMM yyyy');
  return `${date.getDate()} ${MONTHS[date.getMonth()]} ${year}`;
};
