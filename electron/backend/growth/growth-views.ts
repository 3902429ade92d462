import { endOfWeek } from 'date-fns';
import { expiringCertifications } from '../../../shared/domain/growth/certifications';
import { isOpenTraining, trainingsDueBy } from '../../../shared/domain/growth/brief';
import {
  isAwayOn,
  keyPeople,
  skillCoverage,
  type CoveragePerson,
} from '../../../shared/domain/growth/coverage';
import { trainingHours } from '../../../shared/domain/growth/hours';
import { currentLevel } from '../../../shared/domain/growth/levels';
import { buildGrowthToday, type GrowthToday } from '../../../shared/domain/growth/today';
import { toLocalDate } from '../../../shared/domain/local-time';
import type {
  PersonGrowthView,
  PersonSkillView,
  TeamGrowthView,
} from '../../../shared/ipc/channels/growth';
import type { PersonDocument, TeamDocument } from '../../../shared/model/documents';

/** Coverage reads every person; it keeps only active ones itself. */
export function coveragePeople(docs: PersonDocument[]): CoveragePerson[] {
  return docs.map((d) => ({
    personId: d.person.id,
    name: d.person.name,
    status: d.person.status,
    skills: d.growth.skills,
    absences: d.growth.absences,
  }));
}

const GOAL_ORDER = { in_progress: 0, planned: 1, achieved: 2, dropped: 3 } as const;

export function personGrowthView(
  doc: PersonDocument,
  team: TeamDocument,
  now: Date,
): PersonGrowthView {
  const today = toLocalDate(now);
  const defs = team.growth.skills;
  const skills: PersonSkillView[] = defs.map((def) => {
    const entry = doc.growth.skills.find((s) => s.skillId === def.id);
    return {
      skillId: def.id,
      name: def.name,
      groupId: def.groupId,
      requiredLevel: def.requiredLevel,
      level: currentLevel(entry),
      targetLevel: entry?.targetLevel ?? null,
      canTrain: entry?.canTrain ?? false,
      history: entry?.history ?? [],
    };
  });
  // Skills the lead deleted: their history stays readable under the name they had.
  for (const entry of doc.growth.skills) {
    if (defs.some((d) => d.id === entry.skillId) || entry.history.length === 0) continue;
    skills.push({
      skillId: entry.skillId,
      name: entry.skillName,
      groupId: null,
      requiredLevel: null,
      level: currentLevel(entry),
      targetLevel: entry.targetLevel,
      canTrain: entry.canTrain,
      history: entry.history,
    });
  }
  return {
    personId: doc.person.id,
    name: doc.person.name,
    status: doc.person.status,
    today,
    goals: [...doc.growth.goals].sort(
      (a, b) =>
        GOAL_ORDER[a.status] - GOAL_ORDER[b.status] ||
        (a.targetDate ?? '9999').localeCompare(b.targetDate ?? '9999') ||
        a.createdAt.localeCompare(b.createdAt),
    ),
    trainings: [...doc.growth.trainings].sort(
      (a, b) =>
        Number(isOpenTraining(b)) - Number(isOpenTraining(a)) ||
        b.createdAt.localeCompare(a.createdAt),
    ),
    skills,
    absences: doc.growth.absences,
    hours: trainingHours(doc.growth.trainings, today),
    certifications: expiringCertifications(doc.growth.trainings, today),
    templates: team.growth.templates.map(({ id, name, summary }) => ({ id, name, summary })),
    skillOptions: defs.map((d) => ({ skillId: d.id, name: d.name })),
    levelDescriptions: team.growth.levelDescriptions,
  };
}

export function teamGrowthView(
  docs: PersonDocument[],
  team: TeamDocument,
  now: Date,
): TeamGrowthView {
  const today = toLocalDate(now);
  const active = docs
    .filter((d) => d.person.status === 'active')
    .sort((a, b) => a.person.name.localeCompare(b.person.name));
  const coverage = skillCoverage(team.growth.skills, coveragePeople(active), { today });
  return {
    today,
    groups: team.growth.groups,
    skills: team.growth.skills,
    levelDescriptions: team.growth.levelDescriptions,
    people: active.map((d) => ({
      personId: d.person.id,
      name: d.person.name,
      role: d.person.role,
      levels: Object.fromEntries(
        d.growth.skills.map((s) => [
          s.skillId,
          { level: currentLevel(s), targetLevel: s.targetLevel, canTrain: s.canTrain },
        ]),
      ),
      absences: d.growth.absences.filter((a) => a.to >= today),
      awayToday: isAwayOn(d.growth.absences, today),
    })),
    coverage,
    keyPeople: keyPeople(coverage),
    training: active.map((d) => ({
      personId: d.person.id,
      name: d.person.name,
      hours: trainingHours(d.growth.trainings, today),
      open: d.growth.trainings.filter(isOpenTraining),
      overdue: trainingsDueBy(d.growth.trainings, today, today).filter((t) => t.daysOverdue > 0),
      certifications: expiringCertifications(d.growth.trainings, today),
    })),
  };
}

export function growthTodayView(
  docs: PersonDocument[],
  team: TeamDocument,
  now: Date,
  weekStartsOn: 0 | 1,
): GrowthToday {
  return buildGrowthToday(
    docs,
    team.growth.skills,
    toLocalDate(now),
    toLocalDate(endOfWeek(now, { weekStartsOn })),
  );
}
