import { z } from 'zod';
import { requiredText, timestampSchema } from './common';
import { feedbackSchema } from './feedback';
import { emptyPersonGrowth, personGrowthSchema, teamGrowthSchema } from './growth';
import { emptyPersonKpis, personKpisSchema, teamKpisSchema } from './kpis';
import { actionItemSchema, meetingSchema, scheduleSchema, talkingPointSchema } from './meeting';
import { personSchema } from './person';
import { questionBankSchema } from './question-bank';
import { recognitionSchema } from './recognition';

/**
 * One file per person keeps writes small and lets a person's data be exported, handed over or
 * erased as one file: the person, their 1:1s and everything said or given in them.
 */
export const PERSON_DOCUMENT_VERSION = 5;
export const personDocumentSchema = z.object({
  schemaVersion: z.literal(PERSON_DOCUMENT_VERSION),
  person: personSchema,
  schedule: scheduleSchema,
  meetings: z.array(meetingSchema),
  talkingPoints: z.array(talkingPointSchema),
  actionItems: z.array(actionItemSchema),
  feedback: z.array(feedbackSchema),
  recognitions: z.array(recognitionSchema),
  /** Development goals, the training log, skill levels with history, and leave. */
  growth: personGrowthSchema,
  /** KPI values per metric and period, each with where it came from. */
  kpis: personKpisSchema,
});
export type PersonDocument = z.infer<typeof personDocumentSchema>;

export function emptyPersonCollections(): Omit<PersonDocument, 'schemaVersion' | 'person'> {
  return {
    schedule: { exceptions: [], pastCadences: [] },
    meetings: [],
    talkingPoints: [],
    actionItems: [],
    feedback: [],
    recognitions: [],
    growth: emptyPersonGrowth(),
    kpis: emptyPersonKpis(),
  };
}

export const DEFAULT_VALUES = [
  'Customer first',
  'Ownership',
  'Teamwork',
  'Clear communication',
  'Empathy',
  'Going the extra mile',
  'Learning',
];

export const WEEK_START_SETTINGS = ['locale', 'monday', 'sunday'] as const;
export type WeekStartSetting = (typeof WEEK_START_SETTINGS)[number];

export const teamPreferencesSchema = z.object({
  /** Days without recognition after which Today nudges the lead. */
  recognitionGapDays: z
    .number()
    .int()
    .min(1, 'Use at least 1 day.')
    .max(365, 'Use at most 365 days.'),
  /** What "this week" means on Today: the system locale's first day, or the lead's choice. */
  weekStartsOn: z.enum(WEEK_START_SETTINGS, 'Choose Monday, Sunday or the system setting.'),
});

/** Team-wide data that belongs to no single person. */
export const TEAM_DOCUMENT_VERSION = 5;
export const teamDocumentSchema = z.object({
  schemaVersion: z.literal(TEAM_DOCUMENT_VERSION),
  createdAt: timestampSchema,
  values: z.array(requiredText('Value', 60)).max(30),
  questionBank: questionBankSchema,
  preferences: teamPreferencesSchema,
  /** Skill groups and definitions, level descriptions, plan templates. */
  growth: teamGrowthSchema,
  /** Metric definitions, saved import mappings per helpdesk, the record of imports. */
  kpis: teamKpisSchema,
});
export type TeamDocument = z.infer<typeof teamDocumentSchema>;
