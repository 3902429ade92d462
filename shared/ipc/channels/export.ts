import { z } from 'zod';
import { channel } from '../channel';
import { idSchema } from '../../model/common';

export const exportChannels = {
  /** A person's whole history as Markdown; private notes only when asked for. */
  'export:personMarkdown': channel(
    z.object({ personId: idSchema, includePrivate: z.boolean().default(false) }),
  ).returns<{ fileName: string; content: string }>(),
  /**
   * KPI values as CSV, one row per person, metric and period: one person's, or (personId null)
   * everyone's, archived people too. Text that could run as a spreadsheet formula is defused.
   */
  'export:kpisCsv': channel(z.object({ personId: idSchema.nullable().default(null) })).returns<{
    fileName: string;
    content: string;
  }>(),
};
