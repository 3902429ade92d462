import { format, parseISO } from 'date-fns';
import { shiftedTimes } from './cadence';
import {
  FREQUENCY_LABELS,
  WEEKDAY_LABELS,
  WEEK_OF_MONTH_LABELS,
  type Cadence,
} from '../model/person';

/** "Every two weeks on Tuesday at 10:00", "Monthly on the last Friday at 15:30". */
export function describeCadenceText(cadence: Cadence): string {
  if (cadence.frequency === 'none') return FREQUENCY_LABELS.none;
  const weekday = WEEKDAY_LABELS[cadence.weekday - 1] ?? '';
  if (cadence.frequency === 'monthly') {
    const nth = (WEEK_OF_MONTH_LABELS[cadence.weekOfMonth - 1] ?? '').toLowerCase();
    return `Monthly on the ${nth} ${weekday} at ${cadence.time}`;
  }
  return `${FREQUENCY_LABELS[cadence.frequency]} on ${weekday} at ${cadence.time}`;
}

/** True when two cadences put meetings on different dates or times. */
export function cadenceChanged(a: Cadence, b: Cadence): boolean {
  if (a.frequency !== b.frequency) return true;
  if (a.frequency === 'none') return false;
  return (
    a.weekday !== b.weekday ||
    a.time !== b.time ||
    a.startsOn !== b.startsOn ||
    (a.frequency === 'monthly' && a.weekOfMonth !== b.weekOfMonth)
  );
}

/**
 * "02:30 does not exist on 28 March; that 1:1 will be at 03:30." for each 1:1 of the next year
 * whose time falls in the hour skipped when clocks spring forward, in this machine's time zone.
 */
export function describeShiftedTimes(cadence: Cadence, from: Date): string[] {
  return shiftedTimes(cadence, from).map(
    (s) =>
      `${s.time} does not exist on ${format(parseISO(s.date), 'd MMMM yyyy')}; that 1:1 will be at ${s.actual}.`,
  );
}
