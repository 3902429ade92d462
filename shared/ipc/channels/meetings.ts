import { z } from 'zod';
import { channel } from '../channel';
import { idSchema, isoDateSchema, trimmedText, untrimmedText } from '../../model/common';
import {
  MEETING_STATUSES,
  localDateTimeSchema,
  moodSchema,
  type AgendaAction,
  type AgendaPoint,
  type Meeting,
} from '../../model/meeting';
import type { Feedback } from '../../model/feedback';

const personId = idSchema;
const ofPerson = z.object({ personId });
const ofMeeting = ofPerson.extend({ meetingId: idSchema });

export interface UpcomingView {
  at: string;
  occurrence: string | null;
  meetingId: string | null;
  moved: boolean;
}

export interface MeetingsOverview {
  /** From the start of today: a 1:1 that began earlier today stays here until it is marked. */
  upcoming: UpcomingView[];
  /** Past 1:1s nobody marked held, cancelled or missed, newest first. */
  notRecorded: UpcomingView[];
  /** Every 1:1 written down, newest first. */
  history: Meeting[];
}

export interface MeetingView {
  person: { id: string; name: string; role: string };
  meeting: Meeting;
  points: AgendaPoint[];
  actions: AgendaAction[];
  feedbackToDeliver: Feedback[];
  previous: { id: string; at: string } | null;
}

export const meetingsChannels = {
  'meetings:overview': channel(ofPerson).returns<MeetingsOverview>(),
  /** Opens a cadence occurrence (written down on first open) or an existing meeting. */
  'meetings:open': channel(ofPerson.extend({ occurrence: isoDateSchema })).returns<MeetingView>(),
  'meetings:get': channel(ofMeeting).returns<MeetingView>(),
  'meetings:createAdHoc': channel(
    ofPerson.extend({ at: localDateTimeSchema }),
  ).returns<MeetingView>(),
  'meetings:saveNotes': channel(
    ofMeeting.extend({
      notes: untrimmedText('Notes', 100_000),
      privateNotes: untrimmedText('Private notes', 50_000),
    }),
  ).returns<{ savedAt: string }>(),
  'meetings:setMood': channel(
    ofMeeting.extend({ mood: moodSchema.nullable() }),
  ).returns<MeetingView>(),
  'meetings:setStatus': channel(
    ofMeeting.extend({
      status: z.enum(MEETING_STATUSES),
      reason: trimmedText('Reason', 200).default(''),
    }),
  ).returns<MeetingView>(),
  /**
   * Marks past 1:1s (across people) held, cancelled or missed in one step: each item is a cadence
   * occurrence or a written-down meeting. All are checked first; nothing is written if one fails.
   */
  'meetings:record': channel(
    z.object({
      items: z
        .array(
          z
            .object({
              personId,
              occurrence: isoDateSchema.nullable().default(null),
              meetingId: idSchema.nullable().default(null),
            })
            .refine((i) => i.occurrence !== null || i.meetingId !== null, {
              message: 'Name the scheduled date or the meeting.',
            }),
        )
        .min(1, 'Choose at least one 1:1.')
        .max(500, 'Mark at most 500 1:1s at once.'),
      status: z.enum(['held', 'cancelled', 'missed'], 'Choose held, cancelled or missed.'),
      reason: trimmedText('Reason', 200).default(''),
    }),
  ).returns<{ recorded: number }>(),
  'meetings:skip': channel(
    ofPerson.extend({ occurrence: isoDateSchema, reason: trimmedText('Reason', 200).default('') }),
  ).returns<{
    skipped: true;
  }>(),
  'meetings:move': channel(
    ofPerson.extend({ occurrence: isoDateSchema, to: localDateTimeSchema }),
  ).returns<{ moved: true }>(),
  'meetings:resetOccurrence': channel(ofPerson.extend({ occurrence: isoDateSchema })).returns<{
    reset: true;
  }>(),
};
