import type { PersonDocument } from '../model/documents';
import type { PersonBalance, TeamBalance, ValueCount } from '../model/balance';
import type { Recognition } from '../model/recognition';
import { calendarDaysBetween, fromLocalDate, storedToLocalDate, toLocalDate } from './local-time';

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
  const lastRecognisedOn =
    recognitions
      .map((r) => r.date)
      .sort()
      .at(-1) ?? null;
  const daysWithout = Math.max(0, daysAgo(lastRecognisedOn ?? person.createdAt, now));
  const recent = (days: number) => recognitions.filter((r) => withinDays(r.date, now, days));
  const constructive = (days: number) =>
    feedback.filter((f) => f.kind === 'constructive' && withinDays(f.date, now, days)).length;
  return {
    personId: person.id,
    name: person.name,
    role: person.role,
    lastRecognisedOn,
    daysWithout,
    recognitions30: recent(SHORT_WINDOW).length,
    recognitions90: recent(LONG_WINDOW).length,
    constructive30: constructive(SHORT_WINDOW),
    constructive90: constructive(LONG_WINDOW),
    values: countValues(recent(LONG_WINDOW)),
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
  const inWindow = (days: number) =>
    [...acts.values()].filter((r) => withinDays(r.date, now, days));

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
    total30: inWindow(SHORT_WINDOW).length,
    total90: inWindow(LONG_WINDOW).length,
    values: countValues(inWindow(LONG_WINDOW)),
  };
}
