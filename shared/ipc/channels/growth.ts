import { z } from 'zod';
import { channel, noInput } from '../channel';
import { idSchema, isoDateSchema, requiredText, trimmedText } from '../../model/common';
import {
  CRITICALITIES,
  GOAL_STATUSES,
  TRAINING_KINDS,
  TRAINING_STATUSES,
  hoursSchema,
  levelSchema,
  planTemplateSchema,
  skillFieldsSchema,
  trainingUrlSchema,
  type Absence,
  type CheckIn,
  type Goal,
  type LevelChange,
  type PersonSkill,
  type SkillDefinition,
  type SkillGroup,
  type TeamGrowth,
  type Training,
} from '../../model/growth';
import { displayLocalDate } from '../../domain/local-time';
import type { ExpiringCertification } from '../../domain/growth/certifications';
import type { KeyPersonWarning, SkillCoverage } from '../../domain/growth/coverage';
import type { GrowthToday, GrowthPersonInput } from '../../domain/growth/today';
import type { TrainingDue } from '../../domain/growth/brief';

const personId = idSchema;
const ofGoal = z.object({ personId, goalId: idSchema });
const ofTraining = z.object({ personId, trainingId: idSchema });

const goalTitle = z
  .string('Say what the goal is.')
  .trim()
  .min(1, 'Say what the goal is.')
  .max(200, 'Keep the goal under 200 characters.');
const milestoneInput = z.object({
  text: z.string().trim().min(1, 'Say what the milestone is.').max(300),
  due: isoDateSchema.nullable().default(null),
});

export const milestoneBeforeStart = (startsOn: string) =>
  `A milestone cannot be due before its goal starts (${displayLocalDate(startsOn)}).`;
const TARGET_BEFORE_START = 'The target date cannot be before the goal starts.';

const goalFields = z.object({
  title: goalTitle,
  why: trimmedText('Why it matters', 1000).default(''),
  measure: trimmedText('How success is measured', 1000).default(''),
  startsOn: isoDateSchema,
  targetDate: isoDateSchema.nullable().default(null),
  /** Skills and the level aimed for. */
  skills: z
    .array(z.object({ skillId: idSchema, targetLevel: levelSchema }))
    .max(20)
    .default([]),
  /** A defined KPI metric that measures the goal; it must exist and not be archived. */
  metricId: idSchema.nullable().default(null),
});

type GoalDates = { startsOn: string; targetDate: string | null };
function checkGoalDates(value: GoalDates, ctx: z.RefinementCtx) {
  if (value.targetDate && value.targetDate < value.startsOn) {
    ctx.addIssue({ code: 'custom', path: ['targetDate'], message: TARGET_BEFORE_START });
  }
}
function checkMilestones(
  value: GoalDates & { milestones: { due: string | null }[] },
  ctx: z.RefinementCtx,
) {
  value.milestones.forEach((m, i) => {
    if (m.due && m.due < value.startsOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['milestones', i, 'due'],
        message: milestoneBeforeStart(value.startsOn),
      });
    }
  });
}

export const goalCreateSchema = goalFields
  .extend({ personId, milestones: z.array(milestoneInput).max(50).default([]) })
  .superRefine((value, ctx) => {
    checkGoalDates(value, ctx);
    checkMilestones(value, ctx);
  });
export type GoalCreateInput = z.input<typeof goalCreateSchema>;

const trainingFields = z.object({
  kind: z.enum(TRAINING_KINDS, 'Choose what kind of training it is.'),
  title: z
    .string('Say what the training is.')
    .trim()
    .min(1, 'Say what the training is.')
    .max(200, 'Keep the title under 200 characters.'),
  provider: trimmedText('Provider', 120).default(''),
  status: z.enum(TRAINING_STATUSES, 'Choose a status.').default('planned'),
  startedOn: isoDateSchema.nullable().default(null),
  dueOn: isoDateSchema.nullable().default(null),
  completedOn: isoDateSchema.nullable().default(null),
  hoursPlanned: hoursSchema.nullable().default(null),
  hoursSpent: hoursSchema.default(0),
  skillIds: z.array(idSchema).max(20).default([]),
  goalId: idSchema.nullable().default(null),
  trainerId: idSchema.nullable().default(null),
  expiresOn: isoDateSchema.nullable().default(null),
  url: trainingUrlSchema.default(''),
  note: trimmedText('Note', 2000).default(''),
});
export type TrainingFields = z.output<typeof trainingFields>;

function checkTraining(value: TrainingFields, ctx: z.RefinementCtx) {
  const issue = (field: string, message: string) =>
    ctx.addIssue({ code: 'custom', path: [field], message });
  if (value.status === 'completed' && !value.completedOn) {
    issue('completedOn', 'Say when it was completed.');
  }
  if (value.startedOn && value.dueOn && value.dueOn < value.startedOn) {
    issue('dueOn', 'The due date cannot be before the start.');
  }
  if (value.startedOn && value.completedOn && value.completedOn < value.startedOn) {
    issue('completedOn', 'It cannot be completed before it started.');
  }
  if (value.expiresOn && value.completedOn && value.expiresOn < value.completedOn) {
    issue('expiresOn', 'It cannot expire before it was completed.');
  }
}

export const trainingCreateSchema = trainingFields.extend({ personId }).superRefine(checkTraining);
export type TrainingCreateInput = z.input<typeof trainingCreateSchema>;
export const trainingUpdateSchema = trainingFields
  .extend(ofTraining.shape)
  .superRefine(checkTraining);

const absenceInput = z
  .object({
    personId,
    from: isoDateSchema,
    to: isoDateSchema,
    note: trimmedText('Note', 200).default(''),
  })
  .refine((v) => v.to >= v.from, { path: ['to'], message: 'Leave cannot end before it starts.' });

// ---------------------------------------------------------------- views

/** A person's level in one skill, with the team's definition when the skill still exists. */
export interface PersonSkillView {
  skillId: string;
  name: string;
  /** Null once the lead deleted the skill: its history is still shown, under the name it had. */
  groupId: string | null;
  requiredLevel: number | null;
  level: number;
  targetLevel: number | null;
  canTrain: boolean;
  history: LevelChange[];
}

export interface PersonGrowthView {
  personId: string;
  name: string;
  status: 'active' | 'archived';
  /** The backend's local date, so the page shows the same day the rules used. */
  today: string;
  goals: Goal[];
  trainings: Training[];
  skills: PersonSkillView[];
  absences: Absence[];
  hours: { quarter: number; year: number };
  certifications: ExpiringCertification[];
  templates: { id: string; name: string; summary: string }[];
  /** The team's skills, to link goals and trainings to. */
  skillOptions: { skillId: string; name: string }[];
  levelDescriptions: string[];
}

export interface MatrixPerson {
  personId: string;
  name: string;
  role: string;
  /** Levels by skill id; a skill without an entry is level 0. */
  levels: Record<string, { level: number; targetLevel: number | null; canTrain: boolean }>;
  absences: Absence[];
  awayToday: boolean;
}

export interface TrainingRow {
  personId: string;
  name: string;
  hours: { quarter: number; year: number };
  /** Planned and under way. */
  open: Training[];
  overdue: TrainingDue[];
  certifications: ExpiringCertification[];
}

export interface TeamGrowthView {
  today: string;
  groups: SkillGroup[];
  skills: SkillDefinition[];
  levelDescriptions: string[];
  /** Active people only, by name: archived people are out of the matrix and of coverage. */
  people: MatrixPerson[];
  /** Today's coverage, dated leave applied (the what-if is computed on the page). */
  coverage: SkillCoverage[];
  keyPeople: KeyPersonWarning[];
  training: TrainingRow[];
}

export type { GrowthToday, GrowthPersonInput };

export const growthChannels = {
  /** One person's plan, training log, levels and leave, with the team's skills. */
  'growth:person': channel(z.object({ personId })).returns<PersonGrowthView>(),
  'growth:createGoal': channel(goalCreateSchema).returns<Goal>(),
  'growth:updateGoal': channel(
    goalFields.extend(ofGoal.shape).superRefine(checkGoalDates),
  ).returns<Goal>(),
  /** Dropping a goal needs a reason; achieving one records the date. */
  'growth:setGoalStatus': channel(
    ofGoal
      .extend({
        status: z.enum(GOAL_STATUSES, 'Choose a status.'),
        reason: trimmedText('Reason', 300).default(''),
        on: isoDateSchema,
      })
      .refine((v) => v.status !== 'dropped' || v.reason !== '', {
        path: ['reason'],
        message: 'Say why the goal is dropped.',
      }),
  ).returns<Goal>(),
  'growth:removeGoal': channel(ofGoal).returns<{ removed: true }>(),
  'growth:addMilestone': channel(ofGoal.extend(milestoneInput.shape)).returns<Goal>(),
  'growth:removeMilestone': channel(ofGoal.extend({ milestoneId: idSchema })).returns<Goal>(),
  /** Ticks (or unticks) a milestone; from a 1:1, the meeting is recorded with it. */
  'growth:tickMilestone': channel(
    ofGoal.extend({
      milestoneId: idSchema,
      done: z.boolean(),
      on: isoDateSchema,
      meetingId: idSchema.nullable().default(null),
    }),
  ).returns<Goal>(),
  /** A dated check-in on a goal; from a 1:1, it records which one. */
  'growth:addCheckIn': channel(
    ofGoal.extend({
      text: requiredText('Check-in', 2000),
      on: isoDateSchema,
      meetingId: idSchema.nullable().default(null),
    }),
  ).returns<CheckIn>(),
  /** Starts a plan from a template: its goals and milestones, dated from `startsOn`. */
  'growth:startPlan': channel(
    z.object({ personId, templateId: idSchema, startsOn: isoDateSchema }),
  ).returns<Goal[]>(),

  'growth:createTraining': channel(trainingCreateSchema).returns<Training>(),
  'growth:updateTraining': channel(trainingUpdateSchema).returns<Training>(),
  'growth:removeTraining': channel(ofTraining).returns<{ removed: true }>(),

  /** Appends a level with today's date; the earlier ones are kept. */
  'growth:setLevel': channel(
    z.object({ personId, skillId: idSchema, level: levelSchema }),
  ).returns<PersonSkill>(),
  'growth:setSkillMarks': channel(
    z.object({
      personId,
      skillId: idSchema,
      targetLevel: levelSchema.nullable(),
      canTrain: z.boolean(),
    }),
  ).returns<PersonSkill>(),
  'growth:addAbsence': channel(absenceInput).returns<Absence>(),
  'growth:removeAbsence': channel(z.object({ personId, absenceId: idSchema })).returns<{
    removed: true;
  }>(),
  /** From a coverage gap: a goal and a shadowing training for the learner, with a trainer. */
  'growth:crossTrain': channel(
    z.object({
      personId,
      skillId: idSchema,
      trainerId: idSchema,
      dueOn: isoDateSchema.nullable().default(null),
    }),
  ).returns<{ goal: Goal; training: Training }>(),

  /** The team's skills, groups, level descriptions and templates. */
  'growth:settings': channel(noInput).returns<TeamGrowth>(),
  'growth:saveSkill': channel(
    skillFieldsSchema.extend({
      skillId: idSchema.nullable().default(null),
      criticality: z.enum(CRITICALITIES, 'Choose low, medium or critical.'),
    }),
  ).returns<SkillDefinition>(),
  /**
   * Deletes a skill. When people have a level in it, answers a `conflict` saying so unless
   * `confirm` is set; their level history stays in their files under the skill's name.
   */
  'growth:removeSkill': channel(
    z.object({ skillId: idSchema, confirm: z.boolean().default(false) }),
  ).returns<{ removed: true; peopleWithLevels: number }>(),
  'growth:saveGroup': channel(
    z.object({ groupId: idSchema.nullable().default(null), name: requiredText('Group name', 40) }),
  ).returns<SkillGroup>(),
  'growth:removeGroup': channel(z.object({ groupId: idSchema })).returns<{ removed: true }>(),
  'growth:setLevelDescriptions': channel(
    z.object({
      descriptions: z
        .array(requiredText('Level description', 120))
        .length(5, 'Describe each level from 0 to 4.'),
    }),
  ).returns<string[]>(),
  'growth:saveTemplate': channel(
    planTemplateSchema.omit({ id: true }).extend({ templateId: idSchema.nullable().default(null) }),
  ).returns<TeamGrowth['templates'][number]>(),
  'growth:removeTemplate': channel(z.object({ templateId: idSchema })).returns<{ removed: true }>(),

  /** The matrix, coverage and training view of the whole team. */
  'growth:team': channel(noInput).returns<TeamGrowthView>(),
  /** Today's growth cards (this week's due dates, certifications, coverage with today's leave). */
  'growth:today': channel(noInput).returns<GrowthToday>(),
};
