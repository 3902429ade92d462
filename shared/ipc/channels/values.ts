import { z } from 'zod';
import { channel, noInput } from '../channel';
import { requiredText } from '../../model/common';
import { nameKey } from '../../domain/names';

/** The values the lead recognises people for: at least one, each once. */
export const valuesListSchema = z
  .array(requiredText('Value', 60), 'List the values.')
  .min(1, 'Keep at least one value.')
  .max(30, 'Keep it to 30 values at most.')
  .superRefine((values, ctx) => {
    const seen = new Set<string>();
    values.forEach((value, index) => {
      const key = nameKey(value);
      if (seen.has(key)) {
        ctx.addIssue({ code: 'custom', path: [index], message: `${value} is in the list twice.` });
      }
      seen.add(key);
    });
  });

export const valuesChannels = {
  'values:list': channel(noInput).returns<string[]>(),
  /** Replaces the list; past recognition keeps the value it was given. */
  'values:save': channel(z.object({ values: valuesListSchema })).returns<string[]>(),
};
