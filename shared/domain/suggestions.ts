import { differenceInCalendarDays, format, parseISO } from 'date-fns';
import type { PersonDocument } from '../model/documents';
import type { Frequency } from '../model/person';
import { openActions } from './agenda';

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

const CADENCE_DAYS: Record<Exclude<Frequency, 'none'>, number> = {
  weekly: 7,
  biweekly: 14,
  monthly: 31,
};
export const OVERDUE_ACTION_DAYS = 14;
export const CARRIED_POINT_TIMES = 3;
export const FEEDBACK_WAITING_DAYS = 7;

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

  const { frequency } = doc.person.cadence;
  if (frequency !== 'none' && doc.person.status === 'active') {
    const last = heldMeetings(doc).at(-1);
    const since = last ? parseISO(last.at) : parseISO(doc.person.createdAt);
    const days = differenceInCalendarDays(now, since);
    if (days > CADENCE_DAYS[frequency] + 3) {
      suggestions.push({
        kind: 'no_recent_one_on_one',
        text: last
          ? `No 1:1 for ${days} days, longer than the cadence. Start by catching up on what happened since.`
          : `No 1:1 recorded yet in ${days} days. A first 1:1 template can help.`,
      });
    }
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
