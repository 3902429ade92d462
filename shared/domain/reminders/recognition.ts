import type { DueReminder } from '../../model/reminders';
import { personBalance } from '../balance';
import { addLocalDays, displayLocalDate, storedToLocalDate } from '../local-time';
import {
  activePeople,
  leadOf,
  morningOf,
  reminderId,
  withinWindow,
  type ReminderInput,
  type RuleWindow,
} from './common';

/**
 * recognition_gap: Today's nudge (`personBalance(...).pastGap`, the team's threshold) as a
 * reminder, on the morning the person crosses the threshold; once per gap (a new recognition
 * starts a new one).
 */
export function recognitionReminders(input: ReminderInput, window: RuleWindow): DueReminder[] {
  if (leadOf(input.settings, 'recognition_gap') === null) return [];
  const gapDays = input.team.preferences.recognitionGapDays;
  const out: DueReminder[] = [];
  for (const doc of activePeople(input)) {
    // As of the window's end: a gap that opens in the next days is what comes next.
    const balance = personBalance(doc, window.until, gapDays);
    if (!balance.pastGap) continue;
    const since = storedToLocalDate(balance.lastRecognisedOn ?? doc.person.createdAt);
    const crossed = addLocalDays(since, gapDays);
    const { id: personId, name } = doc.person;
    out.push({
      id: reminderId('recognition_gap', personId, crossed),
      kind: 'recognition_gap',
      title: `Recognise ${name}`,
      body: balance.lastRecognisedOn
        ? `Nothing recognised since ${displayLocalDate(since)}: ${gapDays} days or more.`
        : `Nothing recognised yet since they were added on ${displayLocalDate(since)}.`,
      dueAt: morningOf(crossed, input.settings).toISOString(),
      personId,
      route: `/team/${personId}`,
    });
  }
  return withinWindow(out, window);
}
