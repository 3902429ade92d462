import {
  addDays,
  addMonths,
  addWeeks,
  differenceInCalendarWeeks,
  getISODay,
  lastDayOfMonth,
  max,
  parseISO,
  setHours,
  setMinutes,
  startOfDay,
  startOfMonth,
} from 'date-fns';
import type { Cadence } from '../model/person';

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

/**
 * The next `count` meeting times of a cadence that start at or after `from`, in local time.
 * Dates are built from calendar days, so a DST change moves no meeting off its wall-clock time.
 */
export function upcomingMeetings(cadence: Cadence, from: Date, count: number): Date[] {
  if (cadence.frequency === 'none' || count <= 0) return [];
  const startsOn = parseISO(cadence.startsOn);
  const result: Date[] = [];

  if (cadence.frequency === 'monthly') {
    let month = startOfMonth(max([startsOn, from]));
    // A month's meeting may already be past; a bounded walk keeps bad data from looping forever.
    for (let i = 0; result.length < count && i < count + 24; i++, month = addMonths(month, 1)) {
      const at = atTime(
        nthWeekdayOfMonth(month, cadence.weekday, cadence.weekOfMonth),
        cadence.time,
      );
      if (at >= from && startOfDay(at) >= startOfDay(startsOn)) result.push(at);
    }
    return result;
  }

  const step = cadence.frequency === 'weekly' ? 1 : 2;
  const first = onOrAfterWeekday(startsOn, cadence.weekday);
  let periods = 0;
  if (from > first) {
    periods = Math.max(
      0,
      Math.floor(differenceInCalendarWeeks(from, first, { weekStartsOn: 1 }) / step) - 1,
    );
  }
  for (
    let day = addWeeks(first, periods * step);
    result.length < count;
    day = addWeeks(day, step)
  ) {
    const at = atTime(day, cadence.time);
    if (at >= from) result.push(at);
  }
  return result;
}

/** The next meeting at or after `from`, or null when the person has no regular 1:1. */
export function nextMeeting(cadence: Cadence, from: Date): Date | null {
  return upcomingMeetings(cadence, from, 1)[0] ?? null;
}
