import type {
  DueReminder,
  ReminderKind,
  ReminderMessage,
  ReminderSettings,
} from '../../model/reminders';
import { toLocalDate } from '../local-time';
import { clockTime, plural } from './common';
import type { ReminderRecord } from './state';
import { digestAt, digestDue, isPaused, isQuiet } from './timing';

export interface DeliveryInput {
  now: Date;
  settings: ReminderSettings;
  /** computeReminders(...).due */
  due: DueReminder[];
  record: ReminderRecord;
  /** Spans the engine was not looking (the current one included): what fell due there was missed. */
  away: AwaySpan[];
  lastDigestOn: string | null;
  /** Today's open 1:1s, for the digest's first line. */
  today: { name: string; at: Date }[];
}

export interface Delivery {
  /** At most one notification per look: never a burst. */
  message: ReminderMessage | null;
  /** Recorded as fired (before the message is shown). */
  fire: { id: string; missed: boolean }[];
  /** Today's local date when this look sends (or settles) the daily digest. */
  digestOn: string | null;
}

const COUNT_LABELS: Record<ReminderKind, [string, string]> = {
  meeting_soon: ['1:1 starting soon', '1:1s starting soon'],
  meeting_prep: ['brief to read', 'briefs to read'],
  not_recorded: ['1:1 not recorded', '1:1s not recorded'],
  action_overdue: ['overdue action item', 'overdue action items'],
  feedback_to_deliver: ['feedback to give', 'feedback to give'],
  follow_up_due: ['follow-up due', 'follow-ups due'],
  recognition_gap: ['person to recognise', 'people to recognise'],
  milestone_due: ['milestone due', 'milestones due'],
  training_due: ['training due', 'trainings due'],
  certification_expiring: ['certification expiring', 'certifications expiring'],
  kpi_due: ['KPI period to fill in', 'KPI periods to fill in'],
};

/** "2 overdue action items, 1 follow-up due", in the order of the kinds. */
export function countByKind(reminders: DueReminder[]): string {
  const counts = new Map<ReminderKind, number>();
  for (const r of reminders) counts.set(r.kind, (counts.get(r.kind) ?? 0) + 1);
  return (Object.keys(COUNT_LABELS) as ReminderKind[])
    .filter((kind) => counts.has(kind))
    .map((kind) => {
      const n = counts.get(kind)!;
      const [one, many] = COUNT_LABELS[kind];
      return `${n} ${n === 1 ? one : many}`;
    })
    .join(', ');
}

function oneOnOnesLine(today: { name: string; at: Date }[]): string {
  if (today.length === 0) return 'No 1:1s today.';
  const shown = today.slice(0, 4).map((m) => `${m.name} ${clockTime(m.at)}`);
  const more = today.length > shown.length ? `, and ${today.length - shown.length} more` : '';
  return `1:1s today: ${shown.join(', ')}${more}.`;
}

/** The open reminders that wait for a notification: not shown yet, or back from a snooze. */
export function pendingReminders(due: DueReminder[], record: ReminderRecord, now: Date) {
  return due.filter((r) => {
    if (record.dismissed.has(r.id)) return false;
    const snoozed = record.snoozes.get(r.id);
    if (snoozed !== undefined) return Date.parse(snoozed) <= now.getTime();
    return !record.fired.has(r.id);
  });
}

/** A span the engine did not look at the clock: asleep, closed, or the clock jumped. */
export interface AwaySpan {
  from: string;
  to: string;
}

/** True when the occurrence fell due inside one of the spans (and is not back from a snooze). */
export function wasMissed(r: DueReminder, away: AwaySpan[], record: ReminderRecord): boolean {
  if (record.snoozes.has(r.id)) return false;
  const at = Date.parse(r.dueAt);
  return away.some((span) => at > Date.parse(span.from) && at <= Date.parse(span.to));
}

/**
 * What to show now, if anything. Paused: nothing. Quiet hours: nothing but the daily digest. What
 * fell due in quiet hours waits for today's digest when one is still to come (else it comes once
 * they end). The digest sums up the day with whatever waits; what fell due while away comes as one
 * "While you were away"; one reminder alone is shown as itself; several as one summary.
 */
export function planDelivery(input: DeliveryInput): Delivery {
  const { now, settings, record } = input;
  const none: Delivery = { message: null, fire: [], digestOn: null };
  if (isPaused(now, settings)) return none;
  const digestOn = digestDue(now, settings, input.lastDigestOn);
  if (!digestOn && isQuiet(now, settings)) return none;

  const pending = pendingReminders(input.due, record, now);
  const missed = (r: DueReminder) => wasMissed(r, input.away, record);
  const stamp = now.toISOString();

  if (digestOn) {
    const fire = pending.map((r) => ({ id: r.id, missed: missed(r) }));
    if (pending.length === 0 && input.today.length === 0) return { ...none, digestOn };
    const waiting = pending.length ? ` Waiting: ${countByKind(pending)}.` : '';
    return {
      message: {
        id: `digest:${digestOn}`,
        title: fire.some((f) => f.missed)
          ? `While you were away: ${plural(pending.length, 'reminder')}`
          : `Your day: ${plural(input.today.length, '1:1')}, ${plural(pending.length, 'reminder')}`,
        body: `${oneOnOnesLine(input.today)}${waiting}`,
        route: '/',
        reminderIds: pending.map((r) => r.id),
      },
      fire,
      digestOn,
    };
  }
  const digestToCome = digestComesLater(now, settings, input.lastDigestOn);
  const released = pending.filter(
    (r) => !(digestToCome && !record.snoozes.has(r.id) && isQuiet(new Date(r.dueAt), settings)),
  );
  if (released.length === 0) return none;
  const fire = released.map((r) => ({ id: r.id, missed: missed(r) }));
  const ids = released.map((r) => r.id);
  if (fire.some((f) => f.missed)) {
    return {
      message: {
        id: `away:${stamp}`,
        title: `While you were away: ${plural(released.length, 'reminder')}`,
        body: `${countByKind(released)}.`,
        route: '/',
        reminderIds: ids,
      },
      fire,
      digestOn: null,
    };
  }
  if (released.length === 1) {
    const [only] = released as [DueReminder];
    const { id, title, body, route } = only;
    return { message: { id, title, body, route, reminderIds: ids }, fire, digestOn: null };
  }
  return {
    message: {
      id: `several:${stamp}`,
      title: plural(released.length, 'reminder'),
      body: `${released[0]!.title}; and ${countByKind(released.slice(1))}.`,
      route: '/',
      reminderIds: ids,
    },
    fire,
    digestOn: null,
  };
}

/** Today's digest is still to come (its day, its time not reached, not sent). */
function digestComesLater(now: Date, settings: ReminderSettings, lastDigestOn: string | null) {
  const today = toLocalDate(now);
  const at = digestAt(today, settings);
  return lastDigestOn !== today && at !== null && at > now;
}
