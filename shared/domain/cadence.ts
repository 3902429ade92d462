import {
  addDays,
  addMonths,
  addWeeks,
  differenceInCalendarWeeks,
  format,
  getISODay,
  lastDayOfMonth,
  max,
  setHours,
  setMinutes,
  startOfDay,
  startOfISOWeek,
  startOfMonth,
} from 'date-fns';
import type { Cadence } from '../model/person';
import { fromLocalDate, toLocalDate } from './local-time';

/** The wall-clock time on a local day. A time that does not exist (spring forward) moves later. */
function atTime(day: Date, time: string): Date {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return setMinutes(setHours(startOfDay(day), hours), minutes);
}

/** The first day on or after `day` that falls on the ISO weekday (1 Monday ... 7 Sunday). */
function onOrAfterWeekday(day: Date, weekday: number): Date {
  return addDays(day, (weekday - getISODay(day) + 7) % 7);
}

/** The nth weekday of the month holding `month`; n = 5 means the last one. */
function nthWeekdayOfMonth(month: Date, weekday: number, n: number): Date {
  if (n >= 5) {
    const last = lastDayOfMonth(month);
    return addDays(last, -((getISODay(last) - weekday + 7) % 7));
  }
  return addDays(onOrAfterWeekday(startOfMonth(month), weekday), (n - 1) * 7);
}

/** Monthly walks stop after this many months without a meeting (bad data must not loop). */
const MAX_EMPTY_MONTHS = 24;

/**
 * The cadence's meeting times, in order, on or after the local day `fromDay` and never before
 * the cadence's `startsOn`. Unbounded: callers stop when they have enough.
 *
 * Weekly and every-two-weeks meetings fall on the weekday of each week (Monday to Sunday); an
 * every-two-weeks cadence meets in the week holding `startsOn` and every second week after it,
 * whatever the weekday, so a mid-week start date never moves the fortnight. Dates are built
 * from calendar days, so a DST change moves no meeting off its wall-clock time.
 */
export function* cadenceTimes(cadence: Cadence, fromDay: Date): Generator<Date> {
  if (cadence.frequency === 'none') return;
  const startsOn = fromLocalDate(cadence.startsOn);
  const firstDay = max([startOfDay(fromDay), startsOn]);

  if (cadence.frequency === 'monthly') {
    let empty = 0;
    for (
      let month = startOfMonth(firstDay);
      empty < MAX_EMPTY_MONTHS;
      month = addMonths(month, 1)
    ) {
      const day = nthWeekdayOfMonth(month, cadence.weekday, cadence.weekOfMonth);
      if (day < firstDay) {
        empty++;
        continue;
      }
      empty = 0;
      yield atTime(day, cadence.time);
    }
    return;
  }

  const step = cadence.frequency === 'weekly' ? 1 : 2;
  const anchorWeek = startOfISOWeek(startsOn);
  const weeksIn = differenceInCalendarWeeks(firstDay, anchorWeek, { weekStartsOn: 1 });
  let week = addWeeks(anchorWeek, Math.max(0, Math.floor(weeksIn / step) * step));
  for (;;) {
    const day = addDays(week, cadence.weekday - 1);
    if (day >= firstDay) yield atTime(day, cadence.time);
    week = addWeeks(week, step);
  }
}

/** The cadence's meeting times on local days in [fromDay, untilDay). */
export function cadenceTimesBetween(cadence: Cadence, fromDay: Date, untilDay: Date): Date[] {
  const result: Date[] = [];
  const until = startOfDay(untilDay);
  for (const at of cadenceTimes(cadence, fromDay)) {
    if (startOfDay(at) >= until) break;
    result.push(at);
  }
  return result;
}

/** True when two dates fall in the same fortnight of an every-two-weeks cadence's rhythm. */
export function sameFortnightParity(a: string, b: string): boolean {
  const weeks = differenceInCalendarWeeks(fromLocalDate(a), fromLocalDate(b), {
    weekStartsOn: 1,
  });
  return weeks % 2 === 0;
}

/**
 * A meeting whose wall-clock time does not exist on its day (the hour skipped when clocks
 * spring forward) happens at the first time that does: "02:30 does not exist on 28 March".
 */
interface ShiftedTime {
  date: string;
  time: string;
  actual: string;
}

/** The cadence's meetings in the next `days` days whose time does not exist on their day. */
export function shiftedTimes(cadence: Cadence, from: Date, days = 366): ShiftedTime[] {
  if (cadence.frequency === 'none') return [];
  return cadenceTimesBetween(cadence, from, addDays(startOfDay(from), days))
    .filter((at) => format(at, 'HH:mm') !== cadence.time)
    .map((at) => ({ date: toLocalDate(at), time: cadence.time, actual: format(at, 'HH:mm') }));
}
