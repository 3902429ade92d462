import { z } from 'zod';
import { isoDateSchema, timeOfDaySchema, timestampSchema } from './common';

/**
 * Reminders (pillar 7). The settings and the engine's record of what fired live in
 * `reminders.json` in the data folder (its own document kind, `electron/backend/reminders`).
 * The rules that decide what is due are pure functions in `shared/domain/reminders`.
 */

export const REMINDER_KINDS = [
  'meeting_soon',
  'meeting_prep',
  'not_recorded',
  'action_overdue',
  'feedback_to_deliver',
  'follow_up_due',
  'recognition_gap',
  'milestone_due',
  'training_due',
  'certification_expiring',
  'kpi_due',
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** What each kind's lead time counts: minutes before a 1:1, days before a date, or nothing. */
export type LeadUnit = 'minutes' | 'days' | null;

export interface ReminderKindInfo {
  label: string;
  /** One line for Settings: when it comes. */
  help: string;
  leadUnit: LeadUnit;
  defaultLead: number;
  defaultEnabled: boolean;
}

export const REMINDER_KIND_INFO: Record<ReminderKind, ReminderKindInfo> = {
  meeting_soon: {
    label: 'A 1:1 starting soon',
    help: 'Before each scheduled 1:1.',
    leadUnit: 'minutes',
    defaultLead: 10,
    defaultEnabled: true,
  },
  meeting_prep: {
    label: '1:1 prep: the brief is ready',
    help: 'Time to read the brief before the 1:1.',
    leadUnit: 'minutes',
    defaultLead: 60,
    defaultEnabled: true,
  },
  not_recorded: {
    label: 'Past 1:1s not recorded',
    help: 'The day after a 1:1 nobody marked held, missed or cancelled.',
    leadUnit: null,
    defaultLead: 0,
    defaultEnabled: true,
  },
  action_overdue: {
    label: 'Overdue action items',
    help: 'The morning after an action item was due.',
    leadUnit: null,
    defaultLead: 0,
    defaultEnabled: true,
  },
  feedback_to_deliver: {
    label: 'Feedback to deliver',
    help: 'Before the next 1:1 with someone you have feedback for.',
    leadUnit: 'minutes',
    defaultLead: 60,
    defaultEnabled: true,
  },
  follow_up_due: {
    label: 'Feedback follow-up due',
    help: 'On the morning of a feedback follow-up date.',
    leadUnit: null,
    defaultLead: 0,
    defaultEnabled: true,
  },
  recognition_gap: {
    label: 'Recognition gap',
    help: 'When someone has gone longer than the threshold without recognition.',
    leadUnit: null,
    defaultLead: 0,
    defaultEnabled: true,
  },
  milestone_due: {
    label: 'A milestone due',
    help: 'Days before a milestone of a goal in play is due.',
    leadUnit: 'days',
    defaultLead: 2,
    defaultEnabled: true,
  },
  training_due: {
    label: 'Training due',
    help: 'Days before a planned or running training is due.',
    leadUnit: 'days',
    defaultLead: 2,
    defaultEnabled: true,
  },
  certification_expiring: {
    label: 'A certification expiring',
    help: 'Days before a certification expires.',
    leadUnit: 'days',
    defaultLead: 30,
    defaultEnabled: true,
  },
  kpi_due: {
    label: 'KPI values due',
    help: 'When a period has ended and its KPI values are not in yet.',
    leadUnit: null,
    defaultLead: 0,
    defaultEnabled: false,
  },
};

/** 0 Sunday … 6 Saturday, as `Date.getDay()`. */
const weekdaysSchema = z
  .array(z.number().int().min(0).max(6))
  .max(7)
  .refine((days) => new Set(days).size === days.length, 'Each day once.');

export const reminderSettingsSchema = z.object({
  kinds: z.record(
    z.enum(REMINDER_KINDS),
    z.object({
      enabled: z.boolean(),
      lead: z.number().int().min(0, 'Use 0 or more.').max(10_000, 'Use at most 10,000.'),
    }),
  ),
  digest: z.object({
    enabled: z.boolean(),
    /** Local wall-clock time of the daily digest, `08:30`. */
    time: timeOfDaySchema,
    days: weekdaysSchema,
  }),
  quietHours: z.object({
    enabled: z.boolean(),
    /** Evenings: from `from` to `to` the next morning (local); reminders wait for the next digest. */
    from: timeOfDaySchema,
    to: timeOfDaySchema,
    /** Days that are quiet all day (weekends by default). */
    quietDays: weekdaysSchema,
  }),
  /** "Pause reminders for 1 hour" from the tray: nothing is shown before this instant. */
  pausedUntil: timestampSchema.nullable(),
});
export type ReminderSettings = z.infer<typeof reminderSettingsSchema>;

export function defaultReminderSettings(): ReminderSettings {
  const kinds = Object.fromEntries(
    REMINDER_KINDS.map((kind) => [
      kind,
      {
        enabled: REMINDER_KIND_INFO[kind].defaultEnabled,
        lead: REMINDER_KIND_INFO[kind].defaultLead,
      },
    ]),
  ) as ReminderSettings['kinds'];
  return {
    kinds,
    digest: { enabled: true, time: '08:30', days: [1, 2, 3, 4, 5] },
    quietHours: { enabled: true, from: '18:00', to: '08:00', quietDays: [0, 6] },
    pausedUntil: null,
  };
}

export const SNOOZE_CHOICES = ['10m', '1h', 'tomorrow'] as const;
export type SnoozeChoice = (typeof SNOOZE_CHOICES)[number];
export const SNOOZE_LABELS: Record<SnoozeChoice, string> = {
  '10m': '10 minutes',
  '1h': '1 hour',
  tomorrow: 'Tomorrow morning',
};

/**
 * One occurrence of a reminder, as the bell and the notification show it. `id` is stable:
 * kind + subject + the scheduled instant (`meeting_soon:p-1:2026-11-18T13:00`), so the engine can
 * record it as fired once and never show it twice.
 */
export interface Reminder {
  id: string;
  kind: ReminderKind;
  /** "1:1 with Ben Okafor at 13:00". */
  title: string;
  /** One more line: what to do, or the detail. */
  body: string;
  /** The instant it fell (or falls) due, ISO with offset. */
  dueAt: string;
  personId: string | null;
  /** The renderer route a click opens: `/team/p-1/occurrence/2026-11-18`, `/team/p-1/brief`, `/growth`, `/`. */
  route: string;
  /**
   * due: fell due and is waiting in the bell; snoozed: hidden until `snoozedUntil`;
   * missed: fell due while Coachbook was closed or the computer slept (arrived in a catch-up digest).
   */
  status: 'due' | 'snoozed' | 'missed';
  snoozedUntil: string | null;
}

/** An occurrence as the rules compute it (`shared/domain/reminders`), before the engine's state. */
export type DueReminder = Omit<Reminder, 'status' | 'snoozedUntil'>;

/**
 * One OS notification the rules decided on: one reminder (its id is the reminder's, so snoozing
 * from the notification works), or a digest of several (`digest:2026-11-18`, `away:…`,
 * `several:…`), whose click opens Today.
 */
export interface ReminderMessage {
  id: string;
  title: string;
  body: string;
  route: string;
  /** The reminders it stands for: one for a single reminder, all of them for a digest. */
  reminderIds: string[];
}

/** Whether the OS shows notifications: the Electron host knows; the web host answers 'unsupported'. */
export type NotificationStatus = 'available' | 'unsupported' | 'denied';

export interface RemindersView {
  /** Due, missed and snoozed reminders, most recent first; dismissed ones are gone. */
  reminders: Reminder[];
  /** What comes next (the tray's line): "1:1 with Ben Okafor at 13:00". */
  next: { title: string; at: string } | null;
  pausedUntil: string | null;
  notifications: NotificationStatus;
}

/**
 * `reminders.json`: the settings and the engine's record. `fired` is written (durably) before a
 * notification is shown, so an occurrence is shown at most once; entries that stopped being due
 * are dropped once older than 60 days.
 */
export const REMINDERS_DOCUMENT_VERSION = 1;
const reminderRef = z.string().min(1).max(300);
export const remindersDocumentSchema = z.object({
  schemaVersion: z.literal(REMINDERS_DOCUMENT_VERSION),
  settings: reminderSettingsSchema,
  /** Occurrences already notified (alone or in a digest); `missed` when a catch-up brought them. */
  fired: z.array(z.object({ id: reminderRef, at: timestampSchema, missed: z.boolean() })),
  snoozes: z.array(z.object({ id: reminderRef, until: timestampSchema })),
  dismissed: z.array(z.object({ id: reminderRef, at: timestampSchema })),
  /** The engine's last look at the clock: what fell due after it while asleep is a catch-up. */
  lastCheckedAt: timestampSchema.nullable(),
  /** Spans the engine did not look (asleep, closed, a clock jump): what fell due in them was missed. */
  away: z.array(z.object({ from: timestampSchema, to: timestampSchema })).max(100),
  /** The local date of the last daily digest, so a day has one. */
  lastDigestOn: isoDateSchema.nullable(),
});
export type RemindersDocument = z.infer<typeof remindersDocumentSchema>;
