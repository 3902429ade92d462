import { addMinutes, differenceInCalendarDays, format, max, parseISO, startOfDay } from 'date-fns';
import type { PersonDocument } from '../model/documents';
import { openActions } from './agenda';
import { scheduledOccurrences } from './schedule';

export interface Suggestion {
  kind:
    | 'overdue_action'
    | 'mood_down'
    | 'no_recent_one_on_one'
    | 'point_carried'
    | 'feedback_waiting'
    | 'recognition_gap';
  text: string;
}

/** Days after a scheduled 1:1 that was not held before the brief says so. */
export const MISSED_GRACE_DAYS = 3;
export const OVERDUE_ACTION_DAYS = 14;
export const CARRIED_POINT_TIMES = 3;
export const FEEDBACK_WAITING_DAYS = 7;

/**
 * The 1:1 the cadence promised next after the last one held (or after the person's start, for
 * someone never met) is more than a few days past and was not held: not recorded, missed and
 * cancelled all count as not held. Uses the real scheduled dates, so a monthly "first Tuesday"
 * 35 days after the last one is on time, and a cadence that has not started yet asks nothing.
 */
export function scheduleGap(
  doc: PersonDocument,
  now: Date,
): { days: number; lastHeld: string | null } | null {
  if (doc.person.status !== 'active' || doc.person.cadence.frequency === 'none') return null;
  const last = heldMeetings(doc).at(-1);
  const starts = [startOfDay(parseISO(doc.person.createdAt))];
  if (doc.person.startDate) starts.push(parseISO(doc.person.startDate));
  const from = last ? addMinutes(parseISO(last.at), 1) : max(starts);
  const due = scheduledOccurrences(doc.person.cadence, doc.schedule, from, 1)[0];
  if (!due || differenceInCalendarDays(now, due.at) <= MISSED_GRACE_DAYS) return null;
  return {
    days: differenceInCalendarDays(now, last ? parseISO(last.at) : due.at),
    lastHeld: last?.at ?? null,
  };
}

export function heldMeetings(doc: Pick<PersonDocument, 'meetings'>) {
  return doc.meetings.filter((m) => m.status === 'held').sort((a, b) => a.at.localeCompare(b.at));
}

/** Topics the data suggests for the next 1:1, most pressing first. */
export function suggestTopics(
  doc: PersonDocument,
  now: Date,
  recognitionGapDays = 14,
): Suggestion[] {
  const suggestions: Suggestion[] = [];
  for (const action of openActions(doc.actionItems, now)) {
    if (action.daysOverdue >= OVERDUE_ACTION_DAYS) {
      suggestions.push({
        kind: 'overdue_action',
        text: `"${action.text}" is ${action.daysOverdue} days overdue: is it still the right action, and what is blocking it?`,
      });
    }
  }

  const moods = heldMeetings(doc)
    .filter((m) => m.mood)
    .map((m) => m.mood!.score);
  const lastThree = moods.slice(-3);
  if (lastThree.length === 3 && lastThree[0]! > lastThree[1]! && lastThree[1]! > lastThree[2]!) {
    suggestions.push({
      kind: 'mood_down',
      text: `Mood has gone down three meetings in a row (${lastThree.join(' → ')}). Ask about wellbeing and workload.`,
    });
  }

  const missed = scheduleGap(doc, now);
  if (missed) {
    suggestions.push({
      kind: 'no_recent_one_on_one',
      text: missed.lastHeld
        ? `No 1:1 for ${missed.days} days, longer than the cadence. Start by catching up on what happened since.`
        : `No 1:1 held yet: the first was due ${missed.days} days ago. A first 1:1 template can help.`,
    });
  }

  for (const point of doc.talkingPoints) {
    if (point.resolvedAt === null && point.discussedIn.length >= CARRIED_POINT_TIMES) {
      suggestions.push({
        kind: 'point_carried',
        text: `"${point.text}" has been carried over ${point.discussedIn.length} times: resolve it or drop it.`,
      });
    }
  }

  for (const item of doc.feedback) {
    const waiting = differenceInCalendarDays(now, parseISO(item.date));
    if (item.status === 'to_deliver' && waiting >= FEEDBACK_WAITING_DAYS) {
      suggestions.push({
        kind: 'feedback_waiting',
        text: `Feedback from ${waiting} days ago is still waiting to be given. Timely feedback works best.`,
      });
    }
  }

  const lastRecognised = doc.recognitions
    .map((r) => r.date)
    .sort()
    .at(-1);
  const reference = lastRecognised ?? format(parseISO(doc.person.createdAt), 'yyyy-MM-dd');
  const gap = differenceInCalendarDays(now, parseISO(reference));
  if (doc.person.status === 'active' && gap >= recognitionGapDays) {
    suggestions.push({
      kind: 'recognition_gap',
      text: lastRecognised
        ? `Not recognised for ${gap} days. Look for something specific to praise.`
        : `No recognition logged yet. Look for something specific to praise.`,
    });
  }
  return suggestions;
}
