import { addMinutes, differenceInCalendarDays, max } from 'date-fns';
import type { Suggestion } from '../model/brief';
import type { PersonDocument } from '../model/documents';
import { isFollowUpDue, openActions } from './agenda';
import { feedbackSummary } from './follow-ups';
import {
  displayLocalDate,
  fromLocalDate,
  fromLocalDateTime,
  localDaysBetween,
  timestampToLocalDate,
  toLocalDate,
} from './local-time';
import { scheduledOccurrences } from './schedule';

/** Days after a scheduled 1:1 that was not held before the brief says so. */
const MISSED_GRACE_DAYS = 3;
const OVERDUE_ACTION_DAYS = 14;
const CARRIED_POINT_TIMES = 3;
const FEEDBACK_WAITING_DAYS = 7;

/**
 * The 1:1 the cadence promised next after the last one held (or after the person's start, for
 * someone never met) is more than a few days past and was not held: not recorded, missed and
 * cancelled all count as not held. Uses the real scheduled dates, so a monthly "first Tuesday"
 * 35 days after the last one is on time, and a cadence that has not started yet asks nothing.
 */
function scheduleGap(
  doc: PersonDocument,
  now: Date,
): { days: number; lastHeld: string | null } | null {
  if (doc.person.status !== 'active' || doc.person.cadence.frequency === 'none') return null;
  const last = heldMeetings(doc).at(-1);
  const starts = [fromLocalDate(timestampToLocalDate(doc.person.createdAt))];
  if (doc.person.startDate) starts.push(fromLocalDate(doc.person.startDate));
  const from = last ? addMinutes(fromLocalDateTime(last.at), 1) : max(starts);
  const due = scheduledOccurrences(doc.person.cadence, doc.schedule, from, 1)[0];
  if (!due || differenceInCalendarDays(now, due.at) <= MISSED_GRACE_DAYS) return null;
  return {
    days: differenceInCalendarDays(now, last ? fromLocalDateTime(last.at) : due.at),
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
    const waiting = differenceInCalendarDays(now, fromLocalDate(item.date));
    if (item.status === 'to_deliver' && waiting >= FEEDBACK_WAITING_DAYS) {
      suggestions.push({
        kind: 'feedback_waiting',
        text: `Feedback from ${waiting} days ago is still waiting to be given. Timely feedback works best.`,
      });
    }
  }

  const today = toLocalDate(now);
  const followUps = doc.feedback
    .filter((item) => isFollowUpDue(item, today))
    .sort((a, b) => (a.followUpOn ?? '').localeCompare(b.followUpOn ?? ''));
  for (const item of followUps) {
    const late = localDaysBetween(item.followUpOn!, today);
    suggestions.push({
      kind: 'feedback_follow_up',
      text: `Follow up on feedback from ${displayLocalDate(item.date)}: "${feedbackSummary(item)}". ${late > 0 ? `The follow-up was due ${late} ${late === 1 ? 'day' : 'days'} ago.` : 'The follow-up is due today.'}`,
    });
  }

  const lastRecognised = doc.recognitions
    .map((r) => r.date)
    .sort()
    .at(-1);
  const reference = lastRecognised ?? timestampToLocalDate(doc.person.createdAt);
  const gap = differenceInCalendarDays(now, fromLocalDate(reference));
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
