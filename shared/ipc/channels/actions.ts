import { z } from 'zod';
import { channel } from '../channel';
import { idSchema, isoDateSchema, requiredText } from '../../model/common';
import { POINT_AUTHORS } from '../../model/meeting';

const ofAction = z.object({ personId: idSchema, actionId: idSchema });

/** Action items belong to the person and roll from 1:1 to 1:1 until done. */
export const actionsChannels = {
  'actions:add': channel(
    z.object({
      personId: idSchema,
      text: requiredText('Action', 500),
      owner: z.enum(POINT_AUTHORS),
      due: isoDateSchema.nullable().default(null),
      /** The 1:1 it was agreed in, or null when added outside one. */
      meetingId: idSchema.nullable().default(null),
    }),
  ).returns<{ id: string }>(),
  'actions:setDone': channel(ofAction.extend({ done: z.boolean() })).returns<{ ok: true }>(),
  'actions:remove': channel(ofAction).returns<{ ok: true }>(),
};
