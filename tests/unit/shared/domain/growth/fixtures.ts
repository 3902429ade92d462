import type {
  Absence,
  Goal,
  PersonSkill,
  SkillDefinition,
  Training,
} from '../../../../../shared/model/growth';
import type { CoveragePerson } from '../../../../../shared/domain/growth/coverage';

const STAMP = '2026-11-01T12:00:00.000Z';

export function skill(name: string, overrides: Partial<SkillDefinition> = {}): SkillDefinition {
  return {
    id: name.toLowerCase(),
    name,
    groupId: 'queues',
    criticality: 'medium',
    requiredLevel: 3,
    targetCoverage: 2,
    description: '',
    createdAt: STAMP,
    ...overrides,
  };
}

export function levels(
  entries: Record<string, number | { level: number; canTrain?: boolean }>,
): PersonSkill[] {
  return Object.entries(entries).map(([skillId, value]) => {
    const { level, canTrain = false } = typeof value === 'number' ? { level: value } : value;
    return {
      skillId,
      skillName: skillId,
      history: [{ level, on: '2026-10-01', at: '2026-10-01T09:00:00.000Z' }],
      targetLevel: null,
      canTrain,
    };
  });
}

export function person(
  name: string,
  skills: PersonSkill[],
  overrides: Partial<CoveragePerson> = {},
): CoveragePerson {
  return {
    personId: name.toLowerCase(),
    name,
    status: 'active',
    skills,
    absences: [],
    ...overrides,
  };
}

export const leave = (from: string, to: string): Absence => ({
  id: `${from}-${to}`,
  from,
  to,
  note: '',
});

export function goal(overrides: Partial<Goal> = {}): Goal {
  return {
    id: 'g-1',
    title: 'Own the billing queue',
    why: '',
    measure: '',
    startsOn: '2026-10-01',
    targetDate: null,
    status: 'in_progress',
    statusReason: '',
    achievedOn: null,
    skills: [],
    milestones: [],
    checkIns: [],
    templateId: null,
    metricId: null,
    createdAt: STAMP,
    updatedAt: STAMP,
    ...overrides,
  };
}

export function training(overrides: Partial<Training> = {}): Training {
  return {
    id: 't-1',
    kind: 'course',
    title: 'API basics',
    provider: '',
    status: 'planned',
    startedOn: null,
    dueOn: null,
    completedOn: null,
    hoursPlanned: null,
    hoursSpent: 0,
    skills: [],
    goalId: null,
    trainer: null,
    expiresOn: null,
    url: '',
    note: '',
    createdAt: STAMP,
    updatedAt: STAMP,
    ...overrides,
  };
}
