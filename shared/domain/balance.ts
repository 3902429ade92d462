import type { PersonDocument } from '../model/documents';
import type { PersonBalance, TeamBalance, ValueCount } from '../model/balance';
import type { Recognition } from '../model/recognition';
import {
  addLocalDays,
  calendarDaysBetween,
  fromLocalDate,
  storedToLocalDate,
  toLocalDate,
} from './local-time';

/** The two look-back windows the balance counts in, in days (today included). */
const SHORT_WINDOW = 30;
const LONG_WINDOW = 90;

/** The local date of an instant (`now`): what "today" means to the lead. */
export const isoDate = (date: Date) => toLocalDate(date);

/** Whole local calendar days from `date` (a `yyyy-MM-dd` or a UTC timestamp) to `now`. */
export function daysAgo(date: string, now: Date): number {
  return calendarDaysBetween(now, fromLocalDate(storedToLocalDate(date)));
}

/** True when `date` falls in the last `days` days, today included (today is 1 of the 30). */
export function withinDays(date: string, now: Date, days: number): boolean {
  const ago = daysAgo(date, now);
  return ago >= 0 && ago < days;
}

/**
 * `withinDays` for many dates at once: the window's first and last local dates are worked out
 * once, and each date is compared as a `yyyy-MM-dd` string (a person can hold thousands of
 * recognitions, and the balance is computed after every change).
 */
function inLastDays(now: Date, days: number): (date: string) => boolean {
  const today = toLocalDate(now);
  const first = addLocalDays(today, -(days - 1));
  return (date) => {
    const local = storedToLocalDate(date);
    return local >= first && local <= today;
  };
}

export function countValues(recognitions: Pick<Recognition, 'value'>[]): ValueCount[] {
  const counts = new Map<string, number>();
  for (const { value } of recognitions) {
    if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

export function personBalance(doc: PersonDocument, now: Date, gapDays: number): PersonBalance {
  const { person, recognitions, feedback } = doc;
  let lastRecognisedOn: string | null = null;
  for (const { date } of recognitions)
    if (lastRecognisedOn === null || date > lastRecognisedOn) lastRecognisedOn = date;
  const daysWithout = Math.max(0, daysAgo(lastRecognisedOn ?? person.createdAt, now));
  const inLong = inLastDays(now, LONG_WINDOW);
  const inShort = inLastDays(now, SHORT_WINDOW);
  const recent90 = recognitions.filter((r) => inLong(r.date));
  const recent30 = recent90.filter((r) => inShort(r.date));
  const constructive90 = feedback.filter((f) => f.kind === 'constructive' && inLong(f.date));
  const constructive30 = constructive90.filter((f) => inShort(f.date)).length;
  return {
    personId: person.id,
    name: person.name,
    role: person.role,
    lastRecognisedOn,
    daysWithout,
    recognitions30: recent30.length,
    recognitions90: recent90.length,
    constructive30,
    constructive90: constructive90.length,
    values: countValues(recent90),
    pastGap: person.status === 'active' && daysWithout >= gapDays,
  };
}

const longestFirst = (a: PersonBalance, b: PersonBalance) =>
  b.daysWithout - a.daysWithout || a.name.localeCompare(b.name);

/** The balance a lead should see: who is recognised, how often, and who has been missed. */
export function teamBalance(docs: PersonDocument[], now: Date, gapDays: number): TeamBalance {
  const active = docs.filter((d) => d.person.status === 'active');
  const people = active.map((d) => personBalance(d, now, gapDays)).sort(longestFirst);

  // A team recognition sits in each recipient's file; count the act once for team totals.
  const acts = new Map<string, Recognition>();
  for (const doc of docs) for (const r of doc.recognitions) acts.set(r.id, r);
  const inLong = inLastDays(now, LONG_WINDOW);
  const inShort = inLastDays(now, SHORT_WINDOW);
  const acts90 = [...acts.values()].filter((r) => inLong(r.date));
  const acts30 = acts90.filter((r) => inShort(r.date));

  const spread = people
    .map((p) => ({
      personId: p.personId,
      name: p.name,
      recent: p.recognitions30,
      earlier: p.recognitions90 - p.recognitions30,
    }))
    .sort((a, b) => b.recent + b.earlier - (a.recent + a.earlier) || a.name.localeCompare(b.name));

  return {
    today: isoDate(now),
    gapDays,
    people,
    nudges: people.filter((p) => p.pastGap),
    longestWithout: people[0] ?? null,
    spread,
    total30: acts30.length,
    total90: acts90.length,
    values: countValues(acts90),
  };
}
