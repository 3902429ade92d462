import type { PersonDocument } from '../../model/documents';
import type { DueReminder } from '../../model/reminders';
import { activePeople, type ReminderInput, type RuleWindow } from './common';
import { actionReminders, followUpReminders } from './follow-through';
import { growthReminders } from './growth';
import { kpiReminders } from './kpis';
import { meetingReminders, notRecordedReminders } from './meetings';
import { recognitionReminders } from './recognition';

/** A reminder with its due instant in milliseconds, so each look filters without parsing. */
export interface TimedReminder {
  reminder: DueReminder;
  at: number;
}

/** Every kind about one person, in the rules' order (one rule at a time, as `computeReminders`). */
const PERSON_RULES = [
  meetingReminders,
  notRecordedReminders,
  actionReminders,
  followUpReminders,
  recognitionReminders,
  growthReminders,
];

/** `localeCompare`'s order (what the rules' lists were sorted by), without its cost per call. */
const collator = new Intl.Collator();

/** Soonest first (dueAt is an ISO instant: its time orders it), then by id. */
const byDueAt = (a: TimedReminder, b: TimedReminder) =>
  a.at - b.at || collator.compare(a.reminder.id, b.reminder.id);

const sameItems = <T>(a: readonly T[], b: readonly T[]) =>
  a.length === b.length && a.every((item, i) => item === b[i]);

/**
 * What the rules answer for the whole days of a window (`dayWindow`), kept between looks: per
 * person by document identity (documents are replaced on every write, never changed in place;
 * `DocumentFile` freezes them), so a look within the same days with the same settings recomputes
 * only the people whose file changed, and nothing at all when no file did. Holding one is the
 * caller's choice (the engine keeps one); a new one answers exactly the same, only slower.
 */
export class ReminderMemo {
  private readonly people = new WeakMap<PersonDocument, { key: string; found: TimedReminder[] }>();
  private team: {
    key: string;
    kpis: ReminderInput['team']['kpis'];
    people: PersonDocument[];
    found: TimedReminder[];
  } | null = null;
  private merged: {
    parts: TimedReminder[][];
    list: TimedReminder[];
    /** The ids in `list`; null when two parts share one (then every merge is a full one). */
    ids: Set<string> | null;
  } | null = null;

  /** Every candidate of the days, each id once (the last one found), soonest first. */
  candidates(input: ReminderInput, days: RuleWindow): TimedReminder[] {
    const key = memoKey(input, days);
    const people = activePeople(input);
    const parts = people.map((doc) => this.person(doc, input, days, key));
    parts.push(this.kpis(input, people, days, key));
    const previous = this.merged;
    if (previous && sameItems(previous.parts, parts)) return previous.list;
    this.merged = (previous && mergeChanged(previous, parts)) ?? mergeAll(parts);
    return this.merged.list;
  }

  private person(
    doc: PersonDocument,
    input: ReminderInput,
    days: RuleWindow,
    key: string,
  ): TimedReminder[] {
    const kept = this.people.get(doc);
    if (kept?.key === key) return kept.found;
    const one = { ...input, people: [doc] };
    const found = timed(PERSON_RULES.flatMap((rule) => rule(one, days)));
    this.people.set(doc, { key, found });
    return found;
  }

  private kpis(
    input: ReminderInput,
    people: PersonDocument[],
    days: RuleWindow,
    key: string,
  ): TimedReminder[] {
    const kept = this.team;
    if (kept?.key === key && kept.kpis === input.team.kpis && sameItems(kept.people, people)) {
      return kept.found;
    }
    const found = timed(kpiReminders(input, days));
    this.team = { key, kpis: input.team.kpis, people, found };
    return found;
  }
}

/** One per id (the last found, as a `Map` keeps it), soonest first. */
function timed(reminders: DueReminder[]): TimedReminder[] {
  const unique = new Map<string, DueReminder>();
  for (const r of reminders) unique.set(r.id, r);
  return [...unique.values()]
    .map((reminder) => ({ reminder, at: Date.parse(reminder.dueAt) }))
    .sort(byDueAt);
}

/**
 * Every part merged: each is sorted and holds each id once, so one sort of the runs does, unless
 * two parts share an id (two files for one person): those sit side by side, and a pass over
 * every reminder in order keeps the last, as the rules' one list did.
 */
function mergeAll(parts: TimedReminder[][]) {
  const list = parts.flat().sort(byDueAt);
  if (list.some((t, i) => i > 0 && t.reminder.id === list[i - 1]!.reminder.id)) {
    return { parts, list: timed(parts.flatMap((p) => p.map((t) => t.reminder))), ids: null };
  }
  return { parts, list, ids: new Set(list.map((t) => t.reminder.id)) };
}

/**
 * The previous list with the parts that changed (one person's file was written) taken out and
 * their new reminders merged in, in one pass; null when a full merge is needed (ids shared
 * between parts, or most parts changed).
 */
function mergeChanged(
  previous: { parts: TimedReminder[][]; list: TimedReminder[]; ids: Set<string> | null },
  parts: TimedReminder[][],
) {
  if (previous.ids === null) return null;
  const before = new Set(previous.parts);
  const after = new Set(parts);
  const gone = previous.parts.filter((p) => !after.has(p));
  const fresh = parts.filter((p) => !before.has(p));
  if (gone.length + fresh.length > parts.length / 2) return null;
  const ids = new Set(previous.ids);
  const dropped = new Set(gone.flat());
  for (const t of dropped) ids.delete(t.reminder.id);
  const added = fresh.length === 1 ? fresh[0]! : fresh.flat().sort(byDueAt);
  for (const t of added) {
    if (ids.has(t.reminder.id)) return null;
    ids.add(t.reminder.id);
  }
  const kept = previous.list.filter((t) => !dropped.has(t));
  const list: TimedReminder[] = [];
  let i = 0;
  let j = 0;
  while (i < kept.length || j < added.length) {
    if (j >= added.length || (i < kept.length && byDueAt(kept[i]!, added[j]!) <= 0)) {
      list.push(kept[i++]!);
    } else list.push(added[j++]!);
  }
  return { parts, list, ids };
}

/**
 * Everything besides the documents that the rules' answer for the days depends on: the days (and
 * the instants they start and end, which move with the time zone), the settings and the team's
 * recognition gap.
 */
function memoKey(input: ReminderInput, days: RuleWindow): string {
  return JSON.stringify([
    days.today,
    days.untilDay,
    days.now.getTime(),
    days.until.getTime(),
    Intl.DateTimeFormat().resolvedOptions().timeZone,
    input.settings.kinds,
    input.settings.digest.time,
    input.team.preferences.recognitionGapDays,
  ]);
}
