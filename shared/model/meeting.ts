import { z } from 'zod';
import {
  idSchema,
  isRealDate,
  isoDateSchema,
  requiredText,
  timestampSchema,
  trimmedText,
  untrimmedText,
} from './common';
import { cadenceSchema } from './person';

/** A local date and wall-clock time: `2026-11-17T10:00`. */
export const localDateTimeSchema = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/,
    'Pick a day and a time, for example 17 November at 10:00.',
  )
  .refine(isRealDate, 'This date does not exist.');

/** One change to the cadence's dates: skip an occurrence, or move it. */
const scheduleExceptionSchema = z.object({
  /** The occurrence's original date, which identifies it. */
  occurrence: isoDateSchema,
  kind: z.enum(['skip', 'move']),
  movedTo: localDateTimeSchema.nullable(),
  reason: trimmedText('Reason', 200),
});
export type ScheduleException = z.infer<typeof scheduleExceptionSchema>;

/** A cadence that was in force until a date; the person's current cadence takes over from there. */
const pastCadenceSchema = z.object({ cadence: cadenceSchema, until: isoDateSchema });
export type PastCadence = z.infer<typeof pastCadenceSchema>;

export const scheduleSchema = z.object({
  exceptions: z.array(scheduleExceptionSchema),
  pastCadences: z.array(pastCadenceSchema),
});
export type Schedule = z.infer<typeof scheduleSchema>;

export const MEETING_STATUSES = ['planned', 'held', 'cancelled', 'missed'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const moodSchema = z.object({
  score: z.number().int().min(1, 'Pick 1 to 5.').max(5, 'Pick 1 to 5.'),
  word: trimmedText('Word', 40),
});
export type Mood = z.infer<typeof moodSchema>;

/** A 1:1, written down the first time the lead opens or schedules it. */
export const meetingSchema = z.object({
  id: idSchema,
  /** The cadence occurrence this meeting is, or null for an ad-hoc 1:1. */
  occurrence: isoDateSchema.nullable(),
  at: localDateTimeSchema,
  status: z.enum(MEETING_STATUSES),
  statusReason: trimmedText('Reason', 200),
  notes: untrimmedText('Notes', 100_000),
  privateNotes: untrimmedText('Private notes', 50_000),
  mood: moodSchema.nullable(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Meeting = z.infer<typeof meetingSchema>;

export const POINT_AUTHORS = ['lead', 'report'] as const;
export type PointAuthor = (typeof POINT_AUTHORS)[number];

/**
 * A talking point waits for the next 1:1 and stays on every following agenda until ticked off:
 * that is how unresolved points carry over.
 */
export const talkingPointSchema = z.object({
  id: idSchema,
  text: requiredText('Talking point', 500),
  from: z.enum(POINT_AUTHORS),
  order: z.number(),
  /** Meetings whose agenda it was on when they were held: more than one means carried over. */
  discussedIn: z.array(idSchema),
  resolvedAt: timestampSchema.nullable(),
  resolvedInMeetingId: idSchema.nullable(),
  createdAt: timestampSchema,
});
export type TalkingPoint = z.infer<typeof talkingPointSchema>;

/** An action item rolls forward into every 1:1 until it is done. */
export const actionItemSchema = z.object({
  id: idSchema,
  text: requiredText('Action', 500),
  owner: z.enum(POINT_AUTHORS),
  due: isoDateSchema.nullable(),
  createdInMeetingId: idSchema.nullable(),
  doneAt: timestampSchema.nullable(),
  createdAt: timestampSchema,
});
export type ActionItem = z.infer<typeof actionItemSchema>;

/** A talking point as an agenda shows it (`shared/domain/agenda.ts`). */
export interface AgendaPoint extends TalkingPoint {
  /** It was on the agenda of an earlier held 1:1 and is still open. */
  carriedOver: boolean;
}

/** An action item as an agenda shows it: whole local days past its due date. */
export interface AgendaAction extends ActionItem {
  overdue: boolean;
  daysOverdue: number;
}
