import type {
  DueReminder,
  NotificationStatus,
  Reminder,
  RemindersView,
  ReminderSettings,
} from '../../model/reminders';
import type { ComputedReminders } from './compute';
import type { ReminderRecord } from './state';

/**
 * The bell: every due reminder not dismissed, most recent first, with its status (snoozed until
 * when, missed while away, or due), and the next one to come.
 */
export function buildView(
  computed: ComputedReminders,
  record: ReminderRecord,
  settings: ReminderSettings,
  now: Date,
  notifications: NotificationStatus,
): RemindersView {
  const reminders = computed.due
    .filter((r) => !record.dismissed.has(r.id))
    .map((r): Reminder => {
      const snoozed = record.snoozes.get(r.id);
      if (snoozed !== undefined && Date.parse(snoozed) > now.getTime()) {
        return { ...r, status: 'snoozed', snoozedUntil: snoozed };
      }
      return {
        ...r,
        status: record.fired.get(r.id)?.missed ? 'missed' : 'due',
        snoozedUntil: null,
      };
    })
    .sort((a, b) => b.dueAt.localeCompare(a.dueAt) || a.id.localeCompare(b.id));
  const next = computed.upcoming.find((r: DueReminder) => !record.dismissed.has(r.id));
  const paused =
    settings.pausedUntil !== null && Date.parse(settings.pausedUntil) > now.getTime()
      ? settings.pausedUntil
      : null;
  return {
    reminders,
    next: next ? { title: next.title, at: next.dueAt } : null,
    pausedUntil: paused,
    notifications,
  };
}

/** The soonest instant after `now` at which something may change: a reminder, a snooze's end. */
export function nextChangeAt(
  computed: ComputedReminders,
  record: ReminderRecord,
  settings: ReminderSettings,
  now: Date,
): Date | null {
  const times = [
    ...computed.upcoming.map((r) => Date.parse(r.dueAt)),
    ...[...record.snoozes.values()].map(Date.parse),
    settings.pausedUntil ? Date.parse(settings.pausedUntil) : NaN,
  ].filter((t) => Number.isFinite(t) && t > now.getTime());
  return times.length ? new Date(Math.min(...times)) : null;
}
