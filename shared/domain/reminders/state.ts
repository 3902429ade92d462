import type { RemindersDocument } from '../../model/reminders';

/** The engine's record (`reminders.json`) in the shape the rules look things up in. */
export interface ReminderRecord {
  /** Notified occurrences: when, and whether a catch-up brought them. */
  fired: ReadonlyMap<string, { at: string; missed: boolean }>;
  /** Snoozed occurrences and when each snooze ends (ended ones stay until shown again). */
  snoozes: ReadonlyMap<string, string>;
  dismissed: ReadonlySet<string>;
}

export function recordOf(doc: Pick<RemindersDocument, 'fired' | 'snoozes' | 'dismissed'>) {
  return {
    fired: new Map(doc.fired.map((f) => [f.id, { at: f.at, missed: f.missed }])),
    snoozes: new Map(doc.snoozes.map((s) => [s.id, s.until])),
    dismissed: new Set(doc.dismissed.map((d) => d.id)),
  } satisfies ReminderRecord;
}

/** Fired and dismissed entries are kept this long once their reminder stops being due. */
export const KEEP_DAYS = 60;

/**
 * Drops what no longer matters: entries older than `KEEP_DAYS` whose reminder is no longer due
 * (one still due keeps its entry however old, or it would come back), and snoozes of reminders
 * that are gone and whose time has passed.
 */
export function pruneRecord<T extends Pick<RemindersDocument, 'fired' | 'snoozes' | 'dismissed'>>(
  doc: T,
  dueIds: ReadonlySet<string>,
  now: Date,
): T {
  const cutoff = now.getTime() - KEEP_DAYS * 86_400_000;
  const keep = (e: { id: string; at: string }) => dueIds.has(e.id) || Date.parse(e.at) >= cutoff;
  return {
    ...doc,
    fired: doc.fired.filter(keep),
    dismissed: doc.dismissed.filter(keep),
    snoozes: doc.snoozes.filter((s) => dueIds.has(s.id) || Date.parse(s.until) > now.getTime()),
  };
}
