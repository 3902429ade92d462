import { format, parseISO, subDays } from 'date-fns';
import type { Cadence } from '../model/person';
import type { Meeting, Schedule } from '../model/meeting';
import { upcomingMeetings } from './cadence';

export interface Occurrence {
  /** The occurrence's original date (`2026-11-17`): the key skips and moves refer to. */
  occurrence: string;
  at: Date;
  moved: boolean;
}

/** Occurrences may be moved later than they fall; look back this far for ones moved into view. */
const MOVE_LOOKBACK_DAYS = 62;

export const toLocalDateTime = (date: Date) => format(date, "yyyy-MM-dd'T'HH:mm");
export const fromLocalDateTime = (value: string) => parseISO(value);

/**
 * The cadence's meetings at or after `from`, with past cadences in force up to their end date,
 * skipped occurrences left out and moved ones at their new time.
 */
export function scheduledOccurrences(
  cadence: Cadence,
  schedule: Schedule,
  from: Date,
  count: number,
): Occurrence[] {
  const segments = [
    ...[...schedule.pastCadences].sort((a, b) => a.until.localeCompare(b.until)),
    { cadence, until: null as string | null },
  ];
  const lookFrom = subDays(from, MOVE_LOOKBACK_DAYS);
  const budget = count + schedule.exceptions.length + 12;
  const result: Occurrence[] = [];
  let segmentStart: string | null = null;
  for (const segment of segments) {
    for (const at of upcomingMeetings(segment.cadence, lookFrom, budget)) {
      const occurrence = format(at, 'yyyy-MM-dd');
      if (segmentStart && occurrence < segmentStart) continue;
      if (segment.until && occurrence >= segment.until) break;
      const exception = schedule.exceptions.find((e) => e.occurrence === occurrence);
      if (exception?.kind === 'skip') continue;
      const moved = exception?.kind === 'move' && exception.movedTo !== null;
      result.push({ occurrence, at: moved ? fromLocalDateTime(exception.movedTo!) : at, moved });
    }
    segmentStart = segment.until;
  }
  return result
    .filter((o) => o.at >= from)
    .sort((a, b) => a.at.getTime() - b.at.getTime())
    .slice(0, count);
}

export interface UpcomingOneOnOne {
  at: Date;
  occurrence: string | null;
  meetingId: string | null;
  moved: boolean;
}

/**
 * What is coming for one person: the cadence's occurrences (minus those already held, cancelled
 * or missed) and planned ad-hoc 1:1s, in time order.
 */
export function upcomingOneOnOnes(
  cadence: Cadence,
  schedule: Schedule,
  meetings: Meeting[],
  from: Date,
  count: number,
): UpcomingOneOnOne[] {
  const byOccurrence = new Map(meetings.filter((m) => m.occurrence).map((m) => [m.occurrence!, m]));
  const fromCadence = scheduledOccurrences(cadence, schedule, from, count + meetings.length)
    .filter((o) => {
      const meeting = byOccurrence.get(o.occurrence);
      return !meeting || meeting.status === 'planned';
    })
    .map((o) => ({
      at: o.at,
      occurrence: o.occurrence,
      meetingId: byOccurrence.get(o.occurrence)?.id ?? null,
      moved: o.moved,
    }));
  const adHoc = meetings
    .filter(
      (m) => m.occurrence === null && m.status === 'planned' && fromLocalDateTime(m.at) >= from,
    )
    .map((m) => ({ at: fromLocalDateTime(m.at), occurrence: null, meetingId: m.id, moved: false }));
  return [...fromCadence, ...adHoc].sort((a, b) => a.at.getTime() - b.at.getTime()).slice(0, count);
}
