import type { DueReminder } from '../../model/reminders';
import { dayWindow, ruleWindow, type ReminderInput } from './common';
import { ReminderMemo } from './memo';

export type { ReminderInput } from './common';
export { ReminderMemo } from './memo';

/** How far ahead the rules look for what comes next (the tray's "Next:" line). */
export const LOOK_AHEAD_DAYS = 7;

export interface ComputedReminders {
  /** Fell due by `now` and still hold (the 1:1 is still to come, the action still open, …). */
  due: DueReminder[];
  /** Fall due after `now`, within the look-ahead, soonest first. */
  upcoming: DueReminder[];
}

/**
 * Every reminder of every kind the lead turned on, from the documents, the settings and `now`
 * (the lead's local calendar is the machine's time zone). Pure: no clock of its own. The rules
 * answer for the window's whole days, narrowed here to what falls due by the window's end; a
 * `memo` kept between calls (the engine's) reuses that answer for unchanged documents.
 */
export function computeReminders(
  input: ReminderInput,
  now: Date,
  lookAheadDays = LOOK_AHEAD_DAYS,
  memo: ReminderMemo = new ReminderMemo(),
): ComputedReminders {
  const window = ruleWindow(now, lookAheadDays);
  const cut = now.getTime();
  const until = window.until.getTime();
  const due: DueReminder[] = [];
  const upcoming: DueReminder[] = [];
  for (const { reminder, at } of memo.candidates(input, dayWindow(window))) {
    if (at <= cut) due.push(reminder);
    else if (at <= until) upcoming.push(reminder);
  }
  return { due, upcoming };
}
