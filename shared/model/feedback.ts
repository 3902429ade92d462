import { z } from 'zod';
import { idSchema, isoDateSchema, timestampSchema, trimmedText } from './common';

export const FEEDBACK_KINDS = ['positive', 'constructive'] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];

export const FEEDBACK_STATUSES = ['to_deliver', 'delivered', 'follow_up'] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];

export const FEEDBACK_LINK_TYPES = ['skill', 'value', 'kpi'] as const;

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
  status: z.enum(FEEDBACK_STATUSES),
  deliveredOn: isoDateSchema.nullable(),
  deliveredInMeetingId: idSchema.nullable(),
  followUpOn: isoDateSchema.nullable(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Feedback = z.infer<typeof feedbackSchema>;
