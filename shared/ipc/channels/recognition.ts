import { z } from 'zod';
import { byId, channel, noInput } from '../channel';
import { idSchema, trimmedText } from '../../model/common';
import { teamPreferencesSchema } from '../../model/documents';
import {
  SHARED_IN,
  acceleratorSchema,
  recognitionInputSchema,
  type Recognition,
} from '../../model/recognition';
import type { PersonBalance, TeamBalance } from '../../model/balance';

/** The global shortcut as the main process has it: what is set and whether the OS accepted it. */
export interface CaptureShortcutState {
  accelerator: string;
  defaultAccelerator: string;
  /** Registered with the OS right now. */
  active: boolean;
  /** False where there is no desktop shell to register it (the browser test host). */
  available: boolean;
  /** Why it is not active, in words a person can act on; null when all is well. */
  message: string | null;
}

export interface RecognitionPreferences {
  recognitionGapDays: number;
  shortcut: CaptureShortcutState;
}

export interface PersonRecognition {
  /** Newest first. */
  items: Recognition[];
  balance: PersonBalance;
}

export interface RecognitionFeed {
  /** One entry per act of recognition (a team one appears once), newest first. */
  items: Recognition[];
  /** Every value or tag ever used, for the filter. */
  valuesUsed: string[];
}

const feedFilterSchema = z
  .object({
    personId: idSchema.nullable().default(null),
    value: trimmedText('Value', 60).nullable().default(null),
    sharedIn: z.enum(SHARED_IN).nullable().default(null),
  })
  .optional();

export const recognitionChannels = {
  'recognition:create': channel(recognitionInputSchema).returns<Recognition>(),
  /** Removes the recognition from every recipient's file. */
  'recognition:remove': channel(byId).returns<{ removed: number }>(),
  'recognition:forPerson': channel(z.object({ personId: idSchema })).returns<PersonRecognition>(),
  'recognition:feed': channel(feedFilterSchema).returns<RecognitionFeed>(),
  'recognition:balance': channel(noInput).returns<TeamBalance>(),
  'recognition:preferences': channel(noInput).returns<RecognitionPreferences>(),
  'recognition:setGapDays': channel(
    z.object({ days: teamPreferencesSchema.shape.recognitionGapDays }),
  ).returns<RecognitionPreferences>(),
  /** Asks the main process to register another global shortcut; refused when the OS refuses. */
  'recognition:setShortcut': channel(
    z.object({ accelerator: acceleratorSchema }),
  ).returns<RecognitionPreferences>(),
  /** Opens the capture window, as the shortcut and the tray do (desktop app only). */
  'recognition:openCaptureWindow': channel(noInput).returns<{ opened: boolean }>(),
};
