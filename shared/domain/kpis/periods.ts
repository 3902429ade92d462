import {
  addMonths,
  addWeeks,
  endOfISOWeek,
  endOfMonth,
  format,
  getISOWeeksInYear,
  startOfISOWeek,
  startOfMonth,
} from 'date-fns';
import type { MetricPeriod } from '../../model/kpis';
import { fromLocalDate, timestampToLocalDate, toLocalDate } from '../local-time';

/**
 * KPI periods, keyed as helpdesks report them and as the lead's calendar has them: an ISO week
 * `2026-W47` (Monday to Sunday; the week-numbering year, so 2027-01-01 is in 2026-W53) or a month
 * `2026-11`. Everything here works on local dates (`yyyy-MM-dd`); an instant is first turned
 * into the lead's local date by `shared/domain/local-time` (`periodKeyOfInstant`).
 */

const WEEK_KEY = /^(\d{4})-W(\d{2})$/;
const MONTH_KEY = /^(\d{4})-(\d{2})$/;

/** The period of a key: `2026-W47` is a week, `2026-11` a month. */
export function periodOfKey(key: string): MetricPeriod {
  if (WEEK_KEY.test(key)) return 'week';
  if (MONTH_KEY.test(key)) return 'month';
  throw new Error(`Not a period key: ${key}`);
}

/** True for a key naming a real period: 2026-W53 exists, 2025-W53 and 2026-13 do not. */
export function isValidPeriodKey(key: string): boolean {
  const week = WEEK_KEY.exec(key);
  if (week) {
    const n = Number(week[2]);
    return n >= 1 && n <= getISOWeeksInYear(new Date(Number(week[1]), 0, 4));
  }
  const month = MONTH_KEY.exec(key);
  if (month) return Number(month[2]) >= 1 && Number(month[2]) <= 12;
  return false;
}

/** The period a local date (`2026-11-18`) falls in. */
export function periodKeyOf(localDate: string, period: MetricPeriod): string {
  const date = fromLocalDate(localDate);
  return period === 'week' ? format(date, "RRRR-'W'II") : format(date, 'yyyy-MM');
}

/** The period a stored instant falls in, in the lead's time zone. */
export function periodKeyOfInstant(timestamp: string, period: MetricPeriod): string {
  return periodKeyOf(timestampToLocalDate(timestamp), period);
}

function startOf(key: string): Date {
  if (!isValidPeriodKey(key)) throw new Error(`Not a period key: ${key}`);
  const week = WEEK_KEY.exec(key);
  if (week) {
    const firstWeek = startOfISOWeek(new Date(Number(week[1]), 0, 4));
    return addWeeks(firstWeek, Number(week[2]) - 1);
  }
  const [year, month] = key.split('-').map(Number) as [number, number];
  return new Date(year, month - 1, 1);
}

/** The first and last local date of a period, both inclusive. */
export function periodBounds(key: string): { start: string; end: string } {
  const start = startOf(key);
  const end = periodOfKey(key) === 'week' ? endOfISOWeek(start) : endOfMonth(start);
  return { start: toLocalDate(start), end: toLocalDate(end) };
}

function shift(key: string, by: number): string {
  const start = startOf(key);
  return periodOfKey(key) === 'week'
    ? format(addWeeks(start, by), "RRRR-'W'II")
    : format(startOfMonth(addMonths(start, by)), 'yyyy-MM');
}

export const previousPeriod = (key: string): string => shift(key, -1);
export const nextPeriod = (key: string): string => shift(key, 1);

/** The last period that has ended by `today`: the one before the period `today` is in. */
export function lastEndedPeriod(todayLocalDate: string, period: MetricPeriod): string {
  return previousPeriod(periodKeyOf(todayLocalDate, period));
}

/** True for a period that has not started on `today` (the current period has started). */
export function isFuturePeriod(key: string, todayLocalDate: string): boolean {
  return periodBounds(key).start > todayLocalDate;
}

/** At most this many periods in one range (ten years of weeks), so a typo cannot loop for long. */
export const MAX_PERIOD_RANGE = 530;

/** Every period from `fromKey` to `toKey`, both included; empty when `toKey` is earlier. */
export function periodsBetween(fromKey: string, toKey: string): string[] {
  if (periodOfKey(fromKey) !== periodOfKey(toKey)) {
    throw new Error(`A range must be weeks or months, not both: ${fromKey} to ${toKey}`);
  }
  const keys: string[] = [];
  for (let key = fromKey; key <= toKey && keys.length < MAX_PERIOD_RANGE; key = nextPeriod(key)) {
    keys.push(key);
  }
  return keys;
}

/** The `count` periods ending with `lastKey`, oldest first. */
export function periodsEndingWith(lastKey: string, count: number): string[] {
  const keys = [lastKey];
  while (keys.length < count) keys.unshift(previousPeriod(keys[0]!));
  return keys;
}

/** A period as people read it: `Nov 2026`, `Week 47, 2026`. */
export function periodLabel(key: string): string {
  const week = WEEK_KEY.exec(key);
  if (week) return `Week ${Number(week[2])}, ${week[1]}`;
  return format(startOf(key), 'MMM yyyy');
}

/** A period in a narrow column: `Nov 26`, `W47 26`. */
export function periodShortLabel(key: string): string {
  const week = WEEK_KEY.exec(key);
  if (week) return `W${Number(week[2])} \u2019${week[1]!.slice(2)}`;
  return format(startOf(key), 'MMM \u2019yy');
}
