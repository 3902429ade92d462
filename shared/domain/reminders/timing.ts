import { addHours, addMinutes } from 'date-fns';
import type { ReminderSettings, SnoozeChoice } from '../../model/reminders';
import { addLocalDays, fromLocalDate, toLocalDate } from '../local-time';
import { morningOf } from './common';

/** Minutes since local midnight of `09:30`. */
const minutesOf = (time: string): number => {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
};

/** Day of week of a local date, 0 Sunday … 6 Saturday. */
const weekdayOf = (localDate: string): number => fromLocalDate(localDate).getDay();

/**
 * Quiet hours: a quiet day (the weekend by default) all day, and every evening from `from` to
 * `to` the next morning. Wall-clock minutes, so a DST day's evening is quiet from the same time.
 */
export function isQuiet(now: Date, settings: ReminderSettings): boolean {
  const quiet = settings.quietHours;
  if (!quiet.enabled) return false;
  if (quiet.quietDays.includes(now.getDay())) return true;
  const minute = now.getHours() * 60 + now.getMinutes();
  const from = minutesOf(quiet.from);
  const to = minutesOf(quiet.to);
  if (from === to) return false;
  return from < to ? minute >= from && minute < to : minute >= from || minute < to;
}

/** Paused from the tray: nothing is shown before `pausedUntil`. */
export const isPaused = (now: Date, settings: ReminderSettings): boolean =>
  settings.pausedUntil !== null && Date.parse(settings.pausedUntil) > now.getTime();

export const isDigestDay = (localDate: string, settings: ReminderSettings): boolean =>
  settings.digest.enabled && settings.digest.days.includes(weekdayOf(localDate));

/** The digest instant of a local date, or null when that day has none. */
export const digestAt = (localDate: string, settings: ReminderSettings): Date | null =>
  isDigestDay(localDate, settings) ? morningOf(localDate, settings) : null;

/** The first digest strictly after `now` (within two weeks), or null when the digest is off. */
export function nextDigestAt(now: Date, settings: ReminderSettings): Date | null {
  const today = toLocalDate(now);
  for (let i = 0; i < 14; i++) {
    const at = digestAt(addLocalDays(today, i), settings);
    if (at && at > now) return at;
  }
  return null;
}

/**
 * The digest due at `now`: today's, once its time has passed and it was not sent yet
 * (`lastDigestOn`). A day's digest comes however late the computer woke, as long as it is that day.
 */
export function digestDue(
  now: Date,
  settings: ReminderSettings,
  lastDigestOn: string | null,
): string | null {
  const today = toLocalDate(now);
  if (lastDigestOn === today) return null;
  const at = digestAt(today, settings);
  return at && at <= now ? today : null;
}

/**
 * When a snooze ends: 10 minutes or an hour from now, or tomorrow morning (the next local day at
 * the digest time, whatever the digest days).
 */
export function snoozeUntil(choice: SnoozeChoice, now: Date, settings: ReminderSettings): Date {
  switch (choice) {
    case '10m':
      return addMinutes(now, 10);
    case '1h':
      return addHours(now, 1);
    case 'tomorrow':
      return morningOf(addLocalDays(toLocalDate(now), 1), settings);
  }
}
