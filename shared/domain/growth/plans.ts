import type { Goal, PlanTemplate, SkillDefinition, Training } from '../../model/growth';
import { addLocalDays, localDaysBetween } from '../local-time';

/** The goals a template starts, dated from `startsOn`: targets and milestones in weeks from it. */
export function goalsFromTemplate(
  template: PlanTemplate,
  startsOn: string,
  newId: () => string,
  nowIso: string,
): Goal[] {
  return template.goals.map((g) => ({
    id: newId(),
    title: g.title,
    why: g.why,
    measure: g.measure,
    startsOn,
    targetDate: g.weeks === null ? null : addLocalDays(startsOn, g.weeks * 7),
    status: 'planned',
    statusReason: '',
    achievedOn: null,
    skills: [],
    milestones: g.milestones.map((m) => ({
      id: newId(),
      text: m.text,
      due: addLocalDays(startsOn, m.week * 7),
      doneOn: null,
      doneInMeetingId: null,
    })),
    checkIns: [],
    templateId: template.id,
    metricId: null,
    createdAt: nowIso,
    updatedAt: nowIso,
  }));
}

export interface CrossTrainingInput {
  skill: SkillDefinition;
  trainer: { personId: string; name: string };
  today: string;
  /** When the learner should cover the skill; four weeks from today when not given. */
  dueOn: string | null;
  /** How many people cover the skill now, for the goal's "why". */
  coveredBy: number;
  levelName: string;
}

/**
 * From a coverage gap: a goal to reach the skill's required level and a shadowing training with
 * someone who can teach it, linked to each other.
 */
export function crossTrainingPlan(
  input: CrossTrainingInput,
  newId: () => string,
  nowIso: string,
): { goal: Goal; training: Training } {
  const { skill, trainer, today } = input;
  const due = input.dueOn ?? addLocalDays(today, 28);
  const halfway = addLocalDays(today, Math.max(0, Math.floor(localDaysBetween(today, due) / 2)));
  const goalId = newId();
  const ref = { skillId: skill.id, skillName: skill.name };
  const goal: Goal = {
    id: goalId,
    title: `Cover ${skill.name}: reach level ${skill.requiredLevel} (${input.levelName})`,
    why: `${skill.name} is covered by ${input.coveredBy} of the ${skill.targetCoverage} people it needs.`,
    measure: `Works ${skill.name} at level ${skill.requiredLevel}, confirmed by ${trainer.name}.`,
    startsOn: today,
    targetDate: due,
    status: 'in_progress',
    statusReason: '',
    achievedOn: null,
    skills: [{ ...ref, targetLevel: skill.requiredLevel }],
    milestones: [
      {
        id: newId(),
        text: `Shadow ${trainer.name} on ${skill.name}`,
        due: halfway,
        doneOn: null,
        doneInMeetingId: null,
      },
      {
        id: newId(),
        text: `Handle ${skill.name} with ${trainer.name} as backup`,
        due,
        doneOn: null,
        doneInMeetingId: null,
      },
    ],
    checkIns: [],
    templateId: null,
    metricId: null,
    createdAt: nowIso,
    updatedAt: nowIso,
  };
  const training: Training = {
    id: newId(),
    kind: 'shadowing',
    title: `Shadow ${trainer.name} on ${skill.name}`,
    provider: '',
    status: 'planned',
    startedOn: null,
    dueOn: halfway,
    completedOn: null,
    hoursPlanned: null,
    hoursSpent: 0,
    skills: [ref],
    goalId,
    trainer: { personId: trainer.personId, name: trainer.name },
    expiresOn: null,
    url: '',
    note: '',
    createdAt: nowIso,
    updatedAt: nowIso,
  };
  return { goal, training };
}
