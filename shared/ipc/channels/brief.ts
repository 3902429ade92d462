import { z } from 'zod';
import { channel } from '../channel';
import { idSchema } from '../../model/common';
import type { Brief } from '../../model/brief';

export const briefChannels = {
  /** Everything since the last 1:1 with a person, on one page (`shared/domain/brief.ts`). */
  'brief:get': channel(z.object({ personId: idSchema })).returns<Brief>(),
};
