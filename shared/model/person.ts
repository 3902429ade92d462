import { z } from 'zod';
import {
  idSchema,
  isoDateSchema,
  requiredText,
  timeOfDaySchema,
  timestampSchema,
  trimmedText,
  untrimmedText,
} from './common';
import { hasLetterOrDigit, normalizeName } from '../domain/names';

export const FREQUENCIES = ['none', 'weekly', 'biweekly', 'monthly'] as const;
type Frequency = (typeof FREQUENCIES)[number];

export const FREQUENCY_LABELS: Record<Frequency, string> = {
  none: 'No regular 1:1',
  weekly: 'Weekly',
  biweekly: 'Every two weeks',
  monthly: 'Monthly',
};

/** ISO weekday numbers: 1 is Monday, 7 is Sunday. */
export const WEEKDAY_LABELS = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
];

/** For a monthly cadence: which occurrence of the weekday in the month (5 means the last one). */
export const WEEK_OF_MONTH_LABELS = ['First', 'Second', 'Third', 'Fourth', 'Last'];

export const cadenceSchema = z.object({
  frequency: z.enum(FREQUENCIES, 'Choose how often you meet.'),
  weekday: z.number().int().min(1, 'Choose a weekday.').max(7, 'Choose a weekday.'),
  time: timeOfDaySchema,
  weekOfMonth: z.number().int().min(1).max(5),
  /** The cadence counts from this date: every-two-weeks meetings fall in its week. */
  startsOn: isoDateSchema,
});
export type Cadence = z.infer<typeof cadenceSchema>;

const tagListSchema = (label: string) =>
  z
    .array(requiredText(label, 40))
    .max(30, `Keep it to 30 ${label.toLowerCase()}s at most.`)
    .transform((items) => [...new Set(items)]);

const NAME_MAX = 100;
const nameChecks = z
  .string()
  .min(1, 'Name is required.')
  .max(NAME_MAX, `Name must be at most ${NAME_MAX} characters.`);

/**
 * A person's name as the lead types it, stored normalised (NFC, one space for any run of
 * whitespace, no invisible marks) so look-alike spellings are one name.
 */
export const personNameSchema = z
  .string()
  .transform(normalizeName)
  .pipe(nameChecks.refine(hasLetterOrDigit, 'Use at least one letter or digit in the name.'));

/**
 * A name already stored (a person's, or a recognition's snapshot of it): normalised when read,
 * but never refused for the letter-or-digit rule, so a file written before that rule still opens.
 */
export const storedNameSchema = z
  .string()
  .transform((name) => normalizeName(name) || name.trim())
  .pipe(nameChecks);

/** What the lead types into the person form; the same schema checks it in the form and in the backend. */
export const personInputSchema = z.object({
  name: personNameSchema,
  role: trimmedText('Role', 100).default(''),
  email: z
    .string()
    .trim()
    .max(200, 'Email must be at most 200 characters.')
    .refine(
      (v) => v === '' || z.email().safeParse(v).success,
      'Enter an email like sam@example.com, or leave it empty.',
    )
    .default(''),
  startDate: isoDateSchema.nullable().default(null),
  cadence: cadenceSchema,
  skills: tagListSchema('Skill').default([]),
  tags: tagListSchema('Tag').default([]),
  note: untrimmedText('Note', 5000).default(''),
});
export type PersonInput = z.input<typeof personInputSchema>;

const PERSON_STATUSES = ['active', 'archived'] as const;

export const personSchema = personInputSchema.extend({
  name: storedNameSchema,
  id: idSchema,
  status: z.enum(PERSON_STATUSES),
  archivedAt: timestampSchema.nullable(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Person = z.infer<typeof personSchema>;

export function defaultCadence(today: string): Cadence {
  return { frequency: 'biweekly', weekday: 2, time: '10:00', weekOfMonth: 1, startsOn: today };
}
