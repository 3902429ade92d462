import { z } from 'zod';
import { idSchema, isoDateSchema, requiredText, timestampSchema, trimmedText } from './common';
import { storedNameSchema } from './person';

export const SHARED_IN = ['private', 'one_on_one', 'team_meeting', 'public_channel'] as const;
export type SharedIn = (typeof SHARED_IN)[number];
export const SHARED_IN_LABELS: Record<SharedIn, string> = {
  private: 'Private note',
  one_on_one: 'Said in a 1:1',
  team_meeting: 'Team meeting',
  public_channel: 'Public channel',
};

/** Who was recognised together; names are kept so history reads well after someone is deleted. */
export const recipientSchema = z.object({ personId: idSchema, name: storedNameSchema });

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

const MAX_RECIPIENTS = 20;
const NOT_AFTER_TODAY = 'Use today or an earlier date.';

/** What the capture form sends: the same schema checks it in the form and in the backend. */
export const recognitionInputSchema = z.object({
  personIds: z
    .array(idSchema, 'Pick at least one person.')
    .min(1, 'Pick at least one person.')
    .max(MAX_RECIPIENTS, `Pick at most ${MAX_RECIPIENTS} people.`)
    .refine((ids) => new Set(ids).size === ids.length, 'Pick each person only once.'),
  text: requiredText('What they did', 2000),
  /** A team value or a free tag; empty means none. */
  value: trimmedText('Value', 60)
    .nullable()
    .default(null)
    .transform((v) => v || null),
  sharedIn: z.enum(SHARED_IN, 'Choose where it was shared.').default('private'),
  date: isoDateSchema,
});
export type RecognitionInput = z.input<typeof recognitionInputSchema>;

/** The input schema plus the rule that needs a clock: praise is logged for today or earlier. */
export function recognitionInputSchemaFor(today: string) {
  return recognitionInputSchema.refine((v) => v.date <= today, {
    path: ['date'],
    message: NOT_AFTER_TODAY,
  });
}

/**
 * The global shortcut that opens the capture window, in Electron's accelerator syntax.
 * `CommandOrControl` is Cmd on macOS and Ctrl elsewhere.
 */
export const DEFAULT_CAPTURE_SHORTCUT = 'CommandOrControl+Shift+K';

const PRIMARY_MODIFIERS = new Set([
  'CommandOrControl',
  'CmdOrCtrl',
  'Command',
  'Cmd',
  'Control',
  'Ctrl',
  'Alt',
  'Option',
  'AltGr',
  'Super',
  'Meta',
]);
const MODIFIERS = new Set([...PRIMARY_MODIFIERS, 'Shift']);
const KEY =
  /^([A-Z0-9]|F([1-9]|1\d|2[0-4])|Space|Tab|Backspace|Delete|Insert|Return|Enter|Up|Down|Left|Right|Home|End|PageUp|PageDown|Plus|[-=[\];',./`\\])$/;

/** Why an accelerator cannot be a global shortcut, or null when it can. */
export function acceleratorProblem(accelerator: string): string | null {
  const parts = accelerator.split('+');
  // "Plus" is the key name for +, so a trailing empty part means a typo such as "Ctrl+".
  if (parts.some((p) => p === '')) return 'Finish the shortcut with a key, like Ctrl+Shift+K.';
  const key = parts.at(-1)!;
  const modifiers = parts.slice(0, -1);
  if (MODIFIERS.has(key)) return 'Finish the shortcut with a key, like Ctrl+Shift+K.';
  if (!KEY.test(key)) return `${key} cannot be used in a shortcut. Use a letter, digit or F-key.`;
  if (modifiers.some((m) => !MODIFIERS.has(m))) return 'Use only Ctrl, Cmd, Alt, Shift or Super.';
  if (new Set(modifiers).size !== modifiers.length) return 'Use each modifier only once.';
  if (!modifiers.some((m) => PRIMARY_MODIFIERS.has(m))) {
    return 'Add Ctrl, Cmd or Alt, or the shortcut would steal ordinary typing in every app.';
  }
  return null;
}

export const acceleratorSchema = z
  .string()
  .trim()
  .min(1, 'Press the keys of the shortcut.')
  .max(60, 'This shortcut is too long.')
  .superRefine((value, ctx) => {
    const problem = acceleratorProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** `CommandOrControl+Shift+K` as people read it on their platform: `Ctrl+Shift+K`, `Cmd+Shift+K`. */
export function formatAccelerator(accelerator: string, mac: boolean): string {
  const names: Record<string, string> = {
    CommandOrControl: mac ? 'Cmd' : 'Ctrl',
    CmdOrCtrl: mac ? 'Cmd' : 'Ctrl',
    Command: 'Cmd',
    Control: 'Ctrl',
    Option: 'Option',
    Super: mac ? 'Cmd' : 'Super',
    Meta: mac ? 'Cmd' : 'Super',
    Plus: '+',
  };
  return accelerator
    .split('+')
    .map((part) => names[part] ?? part)
    .join('+');
}
