import { z } from 'zod';
import { idSchema, isoDateSchema, requiredText, timestampSchema, trimmedText } from './common';

export const SHARED_IN = ['private', 'one_on_one', 'team_meeting', 'public_channel'] as const;
export type SharedIn = (typeof SHARED_IN)[number];
export const SHARED_IN_LABELS: Record<SharedIn, string> = {
  private: 'Private note',
  one_on_one: 'Said in a 1:1',
  team_meeting: 'Team meeting',
  public_channel: 'Public channel',
};

/** Who was recognised together; names are kept so history reads well after someone is deleted. */
export const recipientSchema = z.object({ personId: idSchema, name: requiredText('Name', 100) });

/**
 * One act of recognition. A team recognition is stored in each recipient's file under the same
 * id, so every person's history and export include it, and deleting one person keeps it for the
 * others.
 */
export const recognitionSchema = z.object({
  id: idSchema,
  date: isoDateSchema,
  text: requiredText('What they did', 2000),
  value: trimmedText('Value', 60).nullable(),
  sharedIn: z.enum(SHARED_IN),
  recipients: z.array(recipientSchema).min(1),
  createdAt: timestampSchema,
});
export type Recognition = z.infer<typeof recognitionSchema>;
