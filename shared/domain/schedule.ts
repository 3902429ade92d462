import { addDays, addMinutes, max, min, startOfDay, startOfISOWeek } from 'date-fns';
import type { Cadence, Person } from '../model/person';
import type { Meeting, PastCadence, Schedule } from '../model/meeting';
import { cadenceTimesBetween, sameFortnightParity } from './cadence';
import { fromLocalDate, fromLocalDateTime, timestampToLocalDate, toLocalDate } from './local-time';

/**
 * The schedule is a ledger: every 1:1 a cadence promised is, at any moment, held, cancelled,
 * missed, skipped, still to come, or (once its day is over) "not recorded". Nothing drops out of
 * it because the clock passed it, because a cadence changed, or because it was moved far away.
 */

export interface Occurrence {
  /** The occurrence's original date (`2026-11-17`): the key skips and moves refer to. */
  occurrence: string;
  /** When it happens: its usual time, or where it was moved to. */
  at: Date;
  moved: boolean;
}

/** A cadence in force over local days [from, until); null means open-ended. */
interface CadenceSegment {
  cadence: Cadence;
  from: string | null;
  until: string | null;
}

/** The cadence history in order: each past cadence up to its `until`, then the current one. */
function cadenceSegments(cadence: Cadence, schedule: Schedule): CadenceSegment[] {
  const past = [...schedule.pastCadences].sort((a, b) => a.until.localeCompare(b.until));
  const segments: CadenceSegment[] = [];
  let from: string | null = null;
  for (const p of past) {
    // A cadence whose end is not after the previous one's was never in force: nothing to keep.
    if (from !== null && p.until <= from) continue;
    segments.push({ cadence: p.cadence, from, until: p.until });
    from = p.until;
  }
  segments.push({ cadence, from, until: null });
  return segments;
}

/**
 * The cadence history after a change that applies from local day `applies`: what was in force
 * before that day keeps its dates, any number of changes on the same day included; a change
 * planned for a later day is replaced.
 */
export function pastCadencesAfterChange(
  previous: Cadence,
  schedule: Schedule,
  applies: string,
): PastCadence[] {
  return cadenceSegments(previous, schedule)
    .filter((s) => s.from === null || s.from < applies)
    .map((s) => ({
      cadence: s.cadence,
      until: s.until === null || s.until > applies ? applies : s.until,
    }));
}

/**
 * The cadence as it is stored after a change: a new every-two-weeks cadence that differs from an
 * every-two-weeks one only in weekday or time keeps its weeks, so its start date moves to the
 * next week of the old fortnight when it was set in the other one.
 */
export function keepFortnight(previous: Cadence, next: Cadence): Cadence {
  if (previous.frequency !== 'biweekly' || next.frequency !== 'biweekly') return next;
  if (next.weekday === previous.weekday && next.time === previous.time) return next;
  if (sameFortnightParity(next.startsOn, previous.startsOn)) return next;
  const nextMonday = startOfISOWeek(addDays(fromLocalDate(next.startsOn), 7));
  return { ...next, startsOn: toLocalDate(nextMonday) };
}

/**
 * The moves a cadence change leaves without a date of the cadence history (a 1:1 moved by hand,
 * never opened): written down as planned one-offs at their new time by the caller, so the change
 * hides none of them.
 */
export function movesLeftByChange(
  cadence: Cadence,
  schedule: Schedule,
  meetings: Pick<Meeting, 'occurrence'>[],
): { occurrence: string; at: string }[] {
  const written = new Set(meetings.map((m) => m.occurrence));
  return schedule.exceptions.flatMap((e) =>
    e.kind === 'move' &&
    e.movedTo !== null &&
    !written.has(e.occurrence) &&
    !usualTime(cadence, schedule, e.occurrence)
      ? [{ occurrence: e.occurrence, at: e.movedTo }]
      : [],
  );
}

/** The segment in force on a local day. */
function segmentOn(segments: CadenceSegment[], day: string): CadenceSegment | undefined {
  return segments.find(
    (s) => (s.from === null || day >= s.from) && (s.until === null || day < s.until),
  );
}

/** The usual time of a real occurrence of the cadence history, or null when it has none that day. */
export function usualTime(cadence: Cadence, schedule: Schedule, occurrence: string): Date | null {
  const segment = segmentOn(cadenceSegments(cadence, schedule), occurrence);
  if (!segment) return null;
  const day = fromLocalDate(occurrence);
  return cadenceTimesBetween(segment.cadence, day, addDays(day, 1))[0] ?? null;
}

/**
 * Every occurrence that happens in [start, end): skips left out, moves at their new time however
 * far they were moved. Past cadences apply up to their end.
 */
function occurrencesBetween(
  cadence: Cadence,
  schedule: Schedule,
  start: Date,
  end: Date,
): Occurrence[] {
  if (end <= start) return [];
  const exceptions = new Map(schedule.exceptions.map((e) => [e.occurrence, e]));
  const result: Occurrence[] = [];
  const lastDay = addDays(startOfDay(end), 1);
  for (const segment of cadenceSegments(cadence, schedule)) {
    const fromDay = segment.from ? max([startOfDay(start), fromLocalDate(segment.from)]) : start;
    const untilDay = segment.until ? min([lastDay, fromLocalDate(segment.until)]) : lastDay;
    for (const at of cadenceTimesBetween(segment.cadence, fromDay, untilDay)) {
      const occurrence = toLocalDate(at);
      if (exceptions.has(occurrence) || at < start || at >= end) continue;
      result.push({ occurrence, at, moved: false });
    }
  }
  for (const e of schedule.exceptions) {
    if (e.kind !== 'move' || e.movedTo === null) continue;
    const at = fromLocalDateTime(e.movedTo);
    if (at < start || at >= end || !usualTime(cadence, schedule, e.occurrence)) continue;
    result.push({ occurrence: e.occurrence, at, moved: true });
  }
  return result.sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** Looks ahead in growing windows until `count` occurrences are found (at most 20 years). */
function firstOccurrences<T>(
  count: number,
  from: Date,
  between: (start: Date, end: Date) => T[],
): T[] {
  for (let days = 120; ; days *= 2) {
    const found = between(from, addDays(from, days));
    if (found.length >= count || days > 7300) return found;
  }
}

/** The cadence's next `count` occurrences at or after `from`. */
export function scheduledOccurrences(
  cadence: Cadence,
  schedule: Schedule,
  from: Date,
  count: number,
): Occurrence[] {
  if (count <= 0 || cadence.frequency === 'none') return [];
  return firstOccurrences(count, from, (s, e) => occurrencesBetween(cadence, schedule, s, e)).slice(
    0,
    count,
  );
}

/** A 1:1 that still has to be accounted for: still to come, or past and not recorded. */
export interface OpenOneOnOne {
  at: Date;
  /** The cadence occurrence, or null for an ad-hoc or one-off 1:1 (then meetingId is set). */
  occurrence: string | null;
  meetingId: string | null;
  moved: boolean;
}

export interface LedgerSource {
  person: Pick<Person, 'cadence' | 'createdAt' | 'status' | 'archivedAt'>;
  schedule: Schedule;
  meetings: Meeting[];
}

/**
 * The 1:1s in [start, end) that nobody has marked held, cancelled or missed: cadence occurrences
 * nobody wrote down, where the cadence (or a move) puts them, and planned meetings at the time
 * their record says, whether on the cadence, ad hoc, or left over from a cadence that changed
 * (those stay at their date as one-offs: a cadence change never moves a 1:1 written down). An
 * archived person has none after the archiving. Bounded: callers that know their window (the
 * reminders) ask for just that span; its answer in [start, end) does not depend on how far `end`
 * reaches.
 */
export function openOneOnOnes(source: LedgerSource, start: Date, end: Date): OpenOneOnOne[] {
  const { person, schedule, meetings } = source;
  const until =
    person.status === 'archived' && person.archivedAt
      ? min([end, new Date(person.archivedAt)])
      : end;
  if (until <= start) return [];
  const written = new Set(meetings.map((m) => m.occurrence).filter((o) => o !== null));
  const open: OpenOneOnOne[] = occurrencesBetween(person.cadence, schedule, start, until)
    .filter((o) => !written.has(o.occurrence))
    .map((o) => ({ at: o.at, occurrence: o.occurrence, meetingId: null, moved: o.moved }));
  const moved = new Set(
    schedule.exceptions.filter((e) => e.kind === 'move').map((e) => e.occurrence),
  );
  for (const m of meetings) {
    if (m.status !== 'planned') continue;
    const at = fromLocalDateTime(m.at);
    if (at < start || at >= until) continue;
    // An occurrence the cadence history no longer has is a one-off at its date.
    const onCadence =
      m.occurrence !== null && usualTime(person.cadence, schedule, m.occurrence) !== null;
    open.push({
      at,
      occurrence: onCadence ? m.occurrence : null,
      meetingId: m.id,
      moved: onCadence && moved.has(m.occurrence!),
    });
  }
  return open.sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** A 1:1 counts as happening "now" for this long after its start. */
const MEETING_MINUTES = 60;

/**
 * Where a listed 1:1 stands at `now`: still to come, happening now (its first hour), or begun
 * earlier (and not yet marked).
 */
export function meetingState(at: Date, now: Date): 'upcoming' | 'now' | 'earlier' {
  if (at > now) return 'upcoming';
  return addMinutes(at, MEETING_MINUTES) > now ? 'now' : 'earlier';
}

/**
 * What is coming for one person from `from` on, in time order: callers pass the start of the
 * local day, so a 1:1 that started (or ended) earlier today stays listed until it is marked.
 */
export function upcomingOneOnOnes(source: LedgerSource, from: Date, count: number): OpenOneOnOne[] {
  if (count <= 0) return [];
  return firstOccurrences(count, from, (s, e) => openOneOnOnes(source, s, e)).slice(0, count);
}

/**
 * Past 1:1s not recorded: their day is over (before the local day of `now`) and nobody marked
 * them. Cadence dates count from the day the person was added to Coachbook (1:1s before that
 * were never Coachbook's to track); a 1:1 the lead placed before that day themselves (moved
 * there, or written down ad hoc) still counts, so no move or entry of any distance hides one.
 */
export function notRecordedOneOnOnes(source: LedgerSource, now: Date): OpenOneOnOne[] {
  const added = fromLocalDate(timestampToLocalDate(source.person.createdAt));
  const end = startOfDay(now);
  const placed = [
    ...source.schedule.exceptions.map((e) => (e.kind === 'move' ? e.movedTo : null)),
    ...source.meetings.map((m) => (m.status === 'planned' ? m.at : null)),
  ]
    .filter((at) => at !== null)
    .map(fromLocalDateTime)
    .filter((at) => at < added);
  const earlier =
    placed.length > 0
      ? openOneOnOnes(source, min(placed), min([added, end])).filter(
          (o) => o.moved || o.meetingId !== null,
        )
      : [];
  return [...earlier, ...openOneOnOnes(source, added, end)];
}
