import { z } from 'zod';
import { channel } from '../channel';
import { idSchema } from '../../model/common';

export const exportChannels = {
  /** A person's whole history as Markdown; private notes only when asked for. */
  'export:personMarkdown': channel(
    z.object({ personId: idSchema, includePrivate: z.boolean().default(false) }),
  ).returns<{ fileName: string; content: string }>(),
};
