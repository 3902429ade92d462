import { format, isToday, isTomorrow, isYesterday } from 'date-fns';
import type { Reminder, RemindersView } from '../../../shared/model/reminders';

/** When it fell due, or until when it sleeps: "13:00", "Yesterday 09:00", "Mon 16 Nov, 09:00". */
export function formatWhen(iso: string): string {
  const date = new Date(iso);
  const time = format(date, 'HH:mm');
  if (isToday(date)) return time;
  if (isYesterday(date)) return `Yesterday ${time}`;
  if (isTomorrow(date)) return `Tomorrow ${time}`;
  return format(date, 'EEE d MMM, HH:mm');
}

/** What the bell counts: due and missed reminders; a snoozed one waits. */
export function dueCount(reminders: readonly Reminder[]): number {
  return reminders.filter((r) => r.status !== 'snoozed').length;
}

/** The bell's accessible name: "Reminders, 3 due". */
export function bellLabel(count: number): string {
  return count === 0 ? 'Reminders, none due' : `Reminders, ${count} due`;
}

export const GROUPS = [
  { status: 'due', title: 'Due' },
  { status: 'missed', title: 'While you were away' },
  { status: 'snoozed', title: 'Snoozed' },
] as const satisfies readonly { status: Reminder['status']; title: string }[];

/** Paused until a later instant than `now`, else null. */
export function pausedUntil(view: RemindersView, now: number): string | null {
  return view.pausedUntil && Date.parse(view.pausedUntil) > now ? view.pausedUntil : null;
}
