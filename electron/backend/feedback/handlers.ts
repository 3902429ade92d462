import type { AreaHandlers, BackendContext } from '../context';
import { FeedbackService } from './feedback-service';

export function feedbackHandlers(ctx: BackendContext): AreaHandlers<'feedback'> {
  const feedback = new FeedbackService(ctx.people, ctx.clock, ctx.team);
  return {
    'feedback:list': ({ personId }) => feedback.list(personId),
    'feedback:create': ({ personId, ...fields }) => feedback.create(personId, fields),
    'feedback:update': ({ personId, feedbackId, ...fields }) =>
      feedback.update(personId, feedbackId, fields),
    'feedback:remove': ({ personId, feedbackId }) => feedback.remove(personId, feedbackId),
    'feedback:markDelivered': ({ personId, feedbackId, meetingId, on }) =>
      feedback.markDelivered(personId, feedbackId, meetingId, on),
  };
}
