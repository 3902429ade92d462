import { z } from 'zod';
import { channel } from '../channel';
import { idSchema, requiredText } from '../../model/common';
import { POINT_AUTHORS, type AgendaPoint } from '../../model/meeting';

const ofPoint = z.object({ personId: idSchema, pointId: idSchema });

/** Talking points belong to the person and stay on every agenda until ticked off. */
export const pointsChannels = {
  /** Answers the person's waiting points, the new one last. */
  'points:add': channel(
    z.object({
      personId: idSchema,
      text: requiredText('Talking point', 500),
      from: z.enum(POINT_AUTHORS),
    }),
  ).returns<AgendaPoint[]>(),
  /** Ticks a point off (or back on) in the 1:1 it was discussed in. */
  'points:resolve': channel(
    ofPoint.extend({ meetingId: idSchema, resolved: z.boolean() }),
  ).returns<{ ok: true }>(),
  'points:move': channel(ofPoint.extend({ direction: z.enum(['up', 'down']) })).returns<{
    ok: true;
  }>(),
  'points:remove': channel(ofPoint).returns<{ ok: true }>(),
};
