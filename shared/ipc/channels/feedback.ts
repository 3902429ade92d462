import { z } from 'zod';
import { channel } from '../channel';
import { idSchema, isoDateSchema } from '../../model/common';
import { checkFeedbackStatus, feedbackFieldsSchema, type Feedback } from '../../model/feedback';

const personId = idSchema;
const ofFeedback = z.object({ personId, feedbackId: idSchema });

export const feedbackChannels = {
  /** A person's feedback log, newest first. */
  'feedback:list': channel(z.object({ personId })).returns<Feedback[]>(),
  'feedback:create': channel(
    feedbackFieldsSchema.extend({ personId }).superRefine(checkFeedbackStatus),
  ).returns<Feedback>(),
  'feedback:update': channel(
    feedbackFieldsSchema.extend(ofFeedback.shape).superRefine(checkFeedbackStatus),
  ).returns<Feedback>(),
  'feedback:remove': channel(ofFeedback).returns<{ removed: true }>(),
  /**
   * Marks feedback as given, in a 1:1 (its id) or elsewhere (null), on a date. On a follow-up
   * entry it marks the follow-up done and keeps the original delivery date and 1:1.
   */
  'feedback:markDelivered': channel(
    ofFeedback.extend({ meetingId: idSchema.nullable().default(null), on: isoDateSchema }),
  ).returns<Feedback>(),
};
