import type { ActionItem } from '../../model/meeting';
import type { DueReminder, ReminderSettings } from '../../model/reminders';
import { followUpsDue } from '../follow-ups';
import { addLocalDays, displayLocalDate } from '../local-time';
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
 * An overdue action's reminder depends only on the action, its person and the digest time (and
 * the zone): kept per action item, so a new day (every person computed again) does not format
 * hundreds of old actions again. The key holds every value read, so a hit is always right.
 */
const actionCache = new WeakMap<ActionItem, { key: string; reminder: DueReminder }>();

function actionReminder(
  action: ActionItem & { due: string },
  person: { id: string; name: string },
  settings: ReminderSettings,
  zone: string,
): DueReminder {
  const { id: personId, name } = person;
  const key = [
    zone,
    settings.digest.time,
    personId,
    name,
    action.id,
    action.due,
    action.owner,
    action.text,
  ].join('|');
  const kept = actionCache.get(action);
  if (kept?.key === key) return kept.reminder;
  const overdueFrom = addLocalDays(action.due, 1);
  const reminder: DueReminder = {
    id: reminderId('action_overdue', personId, action.id, overdueFrom),
    kind: 'action_overdue',
    title: `Overdue: ${action.text}`,
    body:
      action.owner === 'lead'
        ? `Your action for ${name}, due ${displayLocalDate(action.due)}.`
        : `${name}'s action, due ${displayLocalDate(action.due)}.`,
    dueAt: morningOf(overdueFrom, settings).toISOString(),
    personId,
    route: `/team/${personId}`,
  };
  actionCache.set(action, { key, reminder });
  return reminder;
}

const isDated = (i: ActionItem): i is ActionItem & { due: string } => i.due !== null;

/** action_overdue: the morning after an open action item's due date, while it stays open. */
export function actionReminders(input: ReminderInput, window: RuleWindow): DueReminder[] {
  if (leadOf(input.settings, 'action_overdue') === null) return [];
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const out: DueReminder[] = [];
  for (const doc of activePeople(input)) {
    // Only open items due before the window's last day can fall due in it (the morning after);
    // all of them are overdue by then, so `openActions`' order (most overdue first) is by date.
    const overdue = doc.actionItems
      .filter(isDated)
      .filter((i) => i.doneAt === null && i.due < window.untilDay)
      .sort((a, b) => a.due.localeCompare(b.due));
    for (const action of overdue) {
      out.push(actionReminder(action, doc.person, input.settings, zone));
    }
  }
  return withinWindow(out, window);
}

/** follow_up_due: the morning of a feedback follow-up date, until it is followed up. */
export function followUpReminders(input: ReminderInput, window: RuleWindow): DueReminder[] {
  if (leadOf(input.settings, 'follow_up_due') === null) return [];
  const out = followUpsDue(activePeople(input), window.untilDay).map((f): DueReminder => ({
    id: reminderId('follow_up_due', f.personId, f.feedbackId, f.followUpOn),
    kind: 'follow_up_due',
    title: `Follow up with ${f.name}`,
    body: `${f.summary} (feedback of ${displayLocalDate(f.date)}).`,
    dueAt: morningOf(f.followUpOn, input.settings).toISOString(),
    personId: f.personId,
    route: `/team/${f.personId}`,
  }));
  return withinWindow(out, window);
}
