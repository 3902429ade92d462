import { z } from 'zod';
import { idSchema, isoDateSchema, requiredText, timestampSchema, trimmedText } from './common';

/**
 * Growth (pillar 5): development plans, the training log and skill levels live in the person's
 * file (`growth`); skill definitions, groups, level descriptions and plan templates in team.json
 * (`growth`). Names of skills are copied where a person's data points at one, so history stays
 * readable after the lead deletes or renames the skill.
 */

export const LEVEL_MESSAGE = 'Use a level from 0 to 4.';
export const levelSchema = z
  .number(LEVEL_MESSAGE)
  .int(LEVEL_MESSAGE)
  .min(0, LEVEL_MESSAGE)
  .max(4, LEVEL_MESSAGE);
export type SkillLevelValue = 0 | 1 | 2 | 3 | 4;
export const SKILL_LEVELS = [0, 1, 2, 3, 4] as const;

/** What each level means unless the lead words it differently (team.json keeps their words). */
export const DEFAULT_LEVEL_DESCRIPTIONS = [
  'None',
  'Learning',
  'With help',
  'Independent',
  'Can teach others',
] as const;

/** A shape per level, so a level never depends on colour alone (screen readers get the number). */
export const LEVEL_GLYPHS = ['○', '◔', '◑', '◕', '●'] as const;

const HOURS_MESSAGE = 'Hours cannot be negative.';
export const hoursSchema = z
  .number('Enter hours as a number.')
  .min(0, HOURS_MESSAGE)
  .max(10_000, 'Use at most 10,000 hours.')
  .refine(Number.isFinite, 'Enter hours as a number.');

/** An http(s) address, opened in the system browser; anything else is refused. */
export const trainingUrlSchema = z
  .string()
  .trim()
  .max(2048, 'The link must be at most 2,048 characters.')
  .refine(
    (v) => v === '' || /^https?:\/\/[^\s/?#@]+[^\s]*$/i.test(v),
    'Use a link that starts with http:// or https://, or leave it empty.',
  );

// ---------------------------------------------------------------- the person's file

export const GOAL_STATUSES = ['planned', 'in_progress', 'achieved', 'dropped'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];
export const GOAL_STATUS_LABELS: Record<GoalStatus, string> = {
  planned: 'Planned',
  in_progress: 'In progress',
  achieved: 'Achieved',
  dropped: 'Dropped',
};

/** A skill a goal or training aims at, with its name kept for when the skill is deleted. */
export const skillRefSchema = z.object({
  skillId: idSchema,
  skillName: requiredText('Skill', 60),
});
export type SkillRef = z.infer<typeof skillRefSchema>;

export const milestoneSchema = z.object({
  id: idSchema,
  text: requiredText('Milestone', 300),
  due: isoDateSchema.nullable(),
  doneOn: isoDateSchema.nullable(),
  /** The 1:1 in which it was ticked, if it was. */
  doneInMeetingId: idSchema.nullable(),
});
export type Milestone = z.infer<typeof milestoneSchema>;

export const checkInSchema = z.object({
  id: idSchema,
  on: isoDateSchema,
  text: requiredText('Check-in', 2000),
  /** The 1:1 it was written in, or null when written from the profile. */
  meetingId: idSchema.nullable(),
  createdAt: timestampSchema,
});
export type CheckIn = z.infer<typeof checkInSchema>;

export const goalSchema = z.object({
  id: idSchema,
  title: requiredText('Goal', 200),
  why: trimmedText('Why it matters', 1000),
  measure: trimmedText('How success is measured', 1000),
  startsOn: isoDateSchema,
  targetDate: isoDateSchema.nullable(),
  status: z.enum(GOAL_STATUSES),
  /** Why it was dropped; empty otherwise. */
  statusReason: trimmedText('Reason', 300),
  achievedOn: isoDateSchema.nullable(),
  /** Skills and the level aimed for. */
  skills: z.array(skillRefSchema.extend({ targetLevel: levelSchema })).max(20),
  milestones: z.array(milestoneSchema).max(50),
  checkIns: z.array(checkInSchema),
  templateId: idSchema.nullable(),
  /** A defined KPI metric (team.json `kpis.metrics`) that measures the goal; null when none. */
  metricId: idSchema.nullable(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Goal = z.infer<typeof goalSchema>;

export const TRAINING_KINDS = [
  'course',
  'shadowing',
  'certification',
  'workshop',
  'mentoring',
  'reading',
  'on_the_job',
] as const;
export type TrainingKind = (typeof TRAINING_KINDS)[number];
export const TRAINING_KIND_LABELS: Record<TrainingKind, string> = {
  course: 'Course',
  shadowing: 'Shadowing',
  certification: 'Certification',
  workshop: 'Workshop',
  mentoring: 'Mentoring',
  reading: 'Reading',
  on_the_job: 'On the job',
};

export const TRAINING_STATUSES = ['planned', 'in_progress', 'completed', 'dropped'] as const;
export type TrainingStatus = (typeof TRAINING_STATUSES)[number];
export const TRAINING_STATUS_LABELS: Record<TrainingStatus, string> = {
  planned: 'Planned',
  in_progress: 'In progress',
  completed: 'Completed',
  dropped: 'Dropped',
};

export const trainingSchema = z.object({
  id: idSchema,
  kind: z.enum(TRAINING_KINDS),
  title: requiredText('Training', 200),
  provider: trimmedText('Provider', 120),
  status: z.enum(TRAINING_STATUSES),
  startedOn: isoDateSchema.nullable(),
  dueOn: isoDateSchema.nullable(),
  completedOn: isoDateSchema.nullable(),
  hoursPlanned: hoursSchema.nullable(),
  hoursSpent: hoursSchema,
  skills: z.array(skillRefSchema).max(20),
  goalId: idSchema.nullable(),
  /** Who teaches it (cross-training pairs a learner with a trainer); the name is kept. */
  trainer: z.object({ personId: idSchema, name: requiredText('Trainer', 100) }).nullable(),
  /** For certifications: when it lapses. */
  expiresOn: isoDateSchema.nullable(),
  url: trainingUrlSchema,
  note: trimmedText('Note', 2000),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Training = z.infer<typeof trainingSchema>;

/** One level as it was set, on a date: levels are appended, never overwritten. */
export const levelChangeSchema = z.object({
  level: levelSchema,
  on: isoDateSchema,
  at: timestampSchema,
});
export type LevelChange = z.infer<typeof levelChangeSchema>;

export const personSkillSchema = z.object({
  skillId: idSchema,
  /** The skill's name when last set, so the history reads well once the skill is deleted. */
  skillName: requiredText('Skill', 60),
  /** Oldest first; the last entry is the current level (none yet: level 0). */
  history: z.array(levelChangeSchema),
  targetLevel: levelSchema.nullable(),
  canTrain: z.boolean(),
});
export type PersonSkill = z.infer<typeof personSkillSchema>;

/** Real leave, with dates (both included): the person does not cover anything then. */
export const absenceSchema = z.object({
  id: idSchema,
  from: isoDateSchema,
  to: isoDateSchema,
  note: trimmedText('Note', 200),
});
export type Absence = z.infer<typeof absenceSchema>;

export const personGrowthSchema = z.object({
  goals: z.array(goalSchema),
  trainings: z.array(trainingSchema),
  skills: z.array(personSkillSchema),
  absences: z.array(absenceSchema),
});
export type PersonGrowth = z.infer<typeof personGrowthSchema>;

export function emptyPersonGrowth(): PersonGrowth {
  return { goals: [], trainings: [], skills: [], absences: [] };
}

// ---------------------------------------------------------------- team.json

export const CRITICALITIES = ['low', 'medium', 'critical'] as const;
export type Criticality = (typeof CRITICALITIES)[number];
export const CRITICALITY_LABELS: Record<Criticality, string> = {
  low: 'Low',
  medium: 'Medium',
  critical: 'Critical',
};

export const skillGroupSchema = z.object({
  id: idSchema,
  name: requiredText('Group name', 40),
});
export type SkillGroup = z.infer<typeof skillGroupSchema>;

const requiredLevelSchema = z
  .number('Choose a required level from 1 to 4.')
  .int('Choose a required level from 1 to 4.')
  .min(1, 'Choose a required level from 1 to 4.')
  .max(4, 'Choose a required level from 1 to 4.');
const targetCoverageSchema = z
  .number('Say how many people should cover it.')
  .int('Use a whole number of people.')
  .min(1, 'At least 1 person should cover it.')
  .max(50, 'Use at most 50 people.');

export const skillFieldsSchema = z.object({
  name: requiredText('Skill name', 60),
  groupId: idSchema,
  criticality: z.enum(CRITICALITIES, 'Choose low, medium or critical.'),
  /** A person covers the skill from this level on. */
  requiredLevel: requiredLevelSchema,
  /** How many people should cover it; fewer is "thin". */
  targetCoverage: targetCoverageSchema,
  description: trimmedText('Description', 500).default(''),
});
export type SkillFields = z.input<typeof skillFieldsSchema>;

export const skillDefinitionSchema = skillFieldsSchema.extend({
  id: idSchema,
  description: trimmedText('Description', 500),
  createdAt: timestampSchema,
});
export type SkillDefinition = z.infer<typeof skillDefinitionSchema>;

export const templateGoalSchema = z.object({
  title: requiredText('Goal', 200),
  why: trimmedText('Why it matters', 1000),
  measure: trimmedText('How success is measured', 1000),
  /** The target date, in weeks from the plan's start; null for none. */
  weeks: z.number().int().min(1).max(260).nullable(),
  milestones: z
    .array(
      z.object({
        text: requiredText('Milestone', 300),
        week: z.number().int().min(0).max(260),
      }),
    )
    .max(20),
});
export type TemplateGoal = z.infer<typeof templateGoalSchema>;

export const planTemplateSchema = z.object({
  id: idSchema,
  name: requiredText('Template name', 80),
  summary: trimmedText('Summary', 500),
  goals: z.array(templateGoalSchema).min(1, 'Add at least one goal.').max(10),
});
export type PlanTemplate = z.infer<typeof planTemplateSchema>;

export const teamGrowthSchema = z.object({
  groups: z.array(skillGroupSchema).max(30),
  skills: z.array(skillDefinitionSchema).max(200),
  /** Five descriptions: what levels 0 to 4 mean on this team. */
  levelDescriptions: z.array(requiredText('Level description', 120)).length(5),
  templates: z.array(planTemplateSchema).max(40),
});
export type TeamGrowth = z.infer<typeof teamGrowthSchema>;
