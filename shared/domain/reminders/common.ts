import { addDays, format } from 'date-fns';
import type { PersonDocument, TeamDocument } from '../../model/documents';
import type { DueReminder, ReminderKind, ReminderSettings } from '../../model/reminders';
import { addLocalDays, fromLocalDate, fromLocalDateTime, toLocalDate } from '../local-time';

/**
 * What every reminder rule reads: the documents, the settings, and the window it looks at. A rule
 * answers the occurrences that are due at `now` (still relevant) and those that fall due by
 * `until`, so the engine knows what comes next. `today` and `untilDay` are the lead's local dates.
 */
export interface ReminderInput {
  people: PersonDocument[];
  team: Pick<TeamDocument, 'preferences' | 'kpis'>;
  settings: ReminderSettings;
}

export interface RuleWindow {
  now: Date;
  until: Date;
  today: string;
  untilDay: string;
}

export function ruleWindow(now: Date, horizonDays: number): RuleWindow {
  const until = addDays(now, horizonDays);
  return { now, until, today: toLocalDate(now), untilDay: toLocalDate(until) };
}

/**
 * The whole days of a window: from the start of `today` to the end of `untilDay`. The rules asked
 * with it answer a superset of what they answer for the window itself (every rule looks at local
 * days, the 1:1 rules at a span ending after `until`), which the caller narrows to `dueAt <= until`;
 * so their answer holds for every look of the same days and can be kept between looks.
 */
export function dayWindow(window: RuleWindow): RuleWindow {
  const { today, untilDay } = window;
  const until = new Date(fromLocalDate(addLocalDays(untilDay, 1)).getTime() - 1);
  return { now: fromLocalDate(today), until, today, untilDay };
}

/** A kind's lead time when it is on; null when the lead turned the kind off. */
export function leadOf(settings: ReminderSettings, kind: ReminderKind): number | null {
  const choice = settings.kinds[kind];
  return choice.enabled ? choice.lead : null;
}

/**
 * A stable occurrence id: kind, subject, scheduled local date or date-time
 * (`meeting_soon:p-1:2026-11-18T13:00`). Local wall-clock values, so a time-zone change keeps it.
 */
export const reminderId = (kind: ReminderKind, ...parts: string[]): string =>
  [kind, ...parts].join(':');

/**
 * "The morning" of a local date: the digest's time that day. Reminders about dates (an action
 * overdue, a follow-up, a milestone) fall due then, so they arrive with the digest.
 */
export const morningOf = (localDate: string, settings: ReminderSettings): Date =>
  fromLocalDateTime(`${localDate}T${settings.digest.time}`);

/** The wall-clock time of an instant, `13:00`. */
export const clockTime = (at: Date): string => format(at, 'HH:mm');

/** The screen of one 1:1: its cadence occurrence, or the meeting itself for an ad-hoc one. */
export function meetingRoute(
  personId: string,
  open: { occurrence: string | null; meetingId: string | null },
): string {
  if (open.occurrence) return `/team/${personId}/occurrence/${open.occurrence}`;
  if (open.meetingId) return `/team/${personId}/meetings/${open.meetingId}`;
  return `/team/${personId}`;
}

export const activePeople = (input: ReminderInput): PersonDocument[] =>
  input.people.filter((doc) => doc.person.status === 'active');

/** Keeps what is relevant in the window: due by `until` (past ones stay while they hold). */
export const withinWindow = (reminders: DueReminder[], window: RuleWindow): DueReminder[] =>
  reminders.filter((r) => Date.parse(r.dueAt) <= window.until.getTime());

export const plural = (count: number, one: string, many = `${one}s`): string =>
  `${count} ${count === 1 ? one : many}`;
