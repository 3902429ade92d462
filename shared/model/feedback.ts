import { z } from 'zod';
import { idSchema, isoDateSchema, requiredText, timestampSchema, trimmedText } from './common';

export const FEEDBACK_KINDS = ['positive', 'constructive'] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];
export const FEEDBACK_KIND_LABELS: Record<FeedbackKind, string> = {
  positive: 'Positive',
  constructive: 'Constructive',
};

/** Follow-up comes after delivery: a follow-up entry keeps its delivery date. */
export const FEEDBACK_STATUSES = ['to_deliver', 'delivered', 'follow_up'] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];
export const FEEDBACK_STATUS_LABELS: Record<FeedbackStatus, string> = {
  to_deliver: 'To deliver',
  delivered: 'Delivered',
  follow_up: 'Follow up',
};

export const FEEDBACK_LINK_TYPES = ['skill', 'value', 'kpi'] as const;
export type FeedbackLinkType = (typeof FEEDBACK_LINK_TYPES)[number];
export const FEEDBACK_LINK_LABELS: Record<FeedbackLinkType, string> = {
  skill: 'Skill',
  value: 'Value',
  kpi: 'KPI',
};

/** Feedback structured as Situation, Behaviour, Impact, plus the expected next step. */
export const feedbackSchema = z.object({
  id: idSchema,
  kind: z.enum(FEEDBACK_KINDS),
  date: isoDateSchema,
  situation: trimmedText('Situation', 2000),
  behaviour: trimmedText('Behaviour', 2000),
  impact: trimmedText('Impact', 2000),
  nextStep: trimmedText('Next step', 2000),
  link: z.object({ type: z.enum(FEEDBACK_LINK_TYPES), label: trimmedText('Link', 80) }).nullable(),
  /** A defined KPI metric (team.json `kpis.metrics`) the feedback is about; null when none. */
  metricId: idSchema.nullable(),
  status: z.enum(FEEDBACK_STATUSES),
  deliveredOn: isoDateSchema.nullable(),
  deliveredInMeetingId: idSchema.nullable(),
  followUpOn: isoDateSchema.nullable(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Feedback = z.infer<typeof feedbackSchema>;

/** What the feedback form sends, before the status rules are checked. */
export const feedbackFieldsSchema = z.object({
  kind: z.enum(FEEDBACK_KINDS, 'Choose positive or constructive.'),
  date: isoDateSchema,
  situation: requiredText('Situation', 2000),
  behaviour: requiredText('Behaviour', 2000),
  impact: requiredText('Impact', 2000),
  nextStep: trimmedText('Next step', 2000).default(''),
  link: z
    .object({
      type: z.enum(FEEDBACK_LINK_TYPES, 'Choose a skill, value or KPI.'),
      label: requiredText('Link', 80),
    })
    .nullable()
    .default(null),
  metricId: idSchema.nullable().default(null),
  status: z.enum(FEEDBACK_STATUSES, 'Choose a status.').default('to_deliver'),
  deliveredOn: isoDateSchema.nullable().default(null),
  deliveredInMeetingId: idSchema.nullable().default(null),
  followUpOn: isoDateSchema.nullable().default(null),
});
type FeedbackFields = z.output<typeof feedbackFieldsSchema>;
export type FeedbackFieldsInput = z.input<typeof feedbackFieldsSchema>;

type StatusFields = Pick<FeedbackFields, 'date' | 'status' | 'deliveredOn' | 'followUpOn'>;

/** The rules between fields: a delivered entry says when, a follow-up says when to follow up. */
export function checkFeedbackStatus(value: StatusFields, ctx: z.RefinementCtx): void {
  const delivered = value.status !== 'to_deliver';
  if (delivered && !value.deliveredOn) {
    ctx.addIssue({ code: 'custom', path: ['deliveredOn'], message: 'Say when you delivered it.' });
  }
  if (delivered && value.deliveredOn && value.deliveredOn < value.date) {
    ctx.addIssue({
      code: 'custom',
      path: ['deliveredOn'],
      message: 'Delivery cannot be before the feedback date.',
    });
  }
  if (value.status === 'follow_up' && !value.followUpOn) {
    ctx.addIssue({ code: 'custom', path: ['followUpOn'], message: 'Pick a follow-up date.' });
  }
  if (value.followUpOn && value.deliveredOn && value.followUpOn < value.deliveredOn) {
    ctx.addIssue({
      code: 'custom',
      path: ['followUpOn'],
      message: 'Follow up on or after the delivery date.',
    });
  }
}

/** The rule that needs a clock: what happened and its delivery are today or earlier. */
function checkFeedbackDates(
  value: Pick<FeedbackFields, 'date' | 'deliveredOn'>,
  today: string,
  ctx: z.RefinementCtx,
): void {
  const message = 'Use today or an earlier date.';
  if (value.date > today) ctx.addIssue({ code: 'custom', path: ['date'], message });
  if (value.deliveredOn && value.deliveredOn > today) {
    ctx.addIssue({ code: 'custom', path: ['deliveredOn'], message });
  }
}

/** Every rule for a feedback entry, as the form and the backend both apply them. */
export function feedbackFieldsSchemaFor(today: string) {
  return feedbackFieldsSchema.superRefine((value, ctx) => {
    checkFeedbackStatus(value, ctx);
    checkFeedbackDates(value, today, ctx);
  });
}

/** Stored status fields that agree with the status: no delivery data on feedback still to give. */
export function normalizeStatus<T extends StatusFields & { deliveredInMeetingId: string | null }>(
  value: T,
): T {
  if (value.status === 'to_deliver') {
    return { ...value, deliveredOn: null, deliveredInMeetingId: null, followUpOn: null };
  }
  if (value.status === 'delivered') return { ...value, followUpOn: null };
  return value;
}

/** A feedback follow-up whose date has come, for Today. */
export interface FollowUpDue {
  personId: string;
  name: string;
  feedbackId: string;
  kind: FeedbackKind;
  /** The local date of the feedback itself: "feedback from <date>". */
  date: string;
  /** What the feedback was about: its behaviour, else its situation. */
  summary: string;
  /** The local date the lead set to follow up on. */
  followUpOn: string;
  /** 0 when due today. */
  daysOverdue: number;
}
