import type { PersonGrowth, SkillDefinition } from '../../model/growth';
import { milestonesDueBy, trainingsDueBy, type MilestoneDue, type TrainingDue } from './brief';
import { expiringCertifications, type ExpiringCertification } from './certifications';
import {
  coverageGaps,
  isAwayOn,
  keyPeople,
  leaveOn,
  skillCoverage,
  type CoverageState,
  type KeyPersonWarning,
} from './coverage';

export interface GrowthPersonInput {
  person: { id: string; name: string; status: 'active' | 'archived' };
  growth: PersonGrowth;
}

type Named<T> = T & { personId: string; name: string };

export interface CoverageWarning {
  skillId: string;
  name: string;
  state: CoverageState;
  count: number;
  targetCoverage: number;
  critical: boolean;
  /** Who would cover it but is away today. */
  away: string[];
}

export interface GrowthToday {
  milestonesDue: Named<MilestoneDue>[];
  trainingsDue: Named<TrainingDue>[];
  certifications: Named<ExpiringCertification>[];
  coverage: CoverageWarning[];
  keyPeople: KeyPersonWarning[];
  awayToday: { personId: string; name: string; until: string }[];
}

/**
 * Today's growth cards: milestones and trainings due by the end of this week or overdue,
 * certifications about to lapse, and skills below their target with today's leave applied.
 * Archived people are left out of all of it.
 */
export function buildGrowthToday(
  people: GrowthPersonInput[],
  skills: SkillDefinition[],
  today: string,
  weekEnd: string,
): GrowthToday {
  const active = people.filter((p) => p.person.status === 'active');
  const named = <T>(p: GrowthPersonInput, items: T[]): Named<T>[] =>
    items.map((item) => ({ ...item, personId: p.person.id, name: p.person.name }));
  const coverage = skillCoverage(
    skills,
    active.map((p) => ({
      personId: p.person.id,
      name: p.person.name,
      status: p.person.status,
      skills: p.growth.skills,
      absences: p.growth.absences,
    })),
    { today },
  );
  return {
    milestonesDue: active
      .flatMap((p) => named(p, milestonesDueBy(p.growth.goals, today, weekEnd)))
      .sort((a, b) => a.due.localeCompare(b.due) || a.name.localeCompare(b.name)),
    trainingsDue: active
      .flatMap((p) => named(p, trainingsDueBy(p.growth.trainings, today, weekEnd)))
      .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.name.localeCompare(b.name)),
    certifications: active
      .flatMap((p) => named(p, expiringCertifications(p.growth.trainings, today)))
      .sort((a, b) => a.expiresOn.localeCompare(b.expiresOn) || a.name.localeCompare(b.name)),
    coverage: coverageGaps(coverage).map((c) => ({
      skillId: c.skillId,
      name: c.name,
      state: c.state,
      count: c.count,
      targetCoverage: c.targetCoverage,
      critical: c.criticality === 'critical',
      away: c.away.map((a) => a.name),
    })),
    keyPeople: keyPeople(coverage),
    awayToday: active
      .filter((p) => isAwayOn(p.growth.absences, today))
      .map((p) => ({
        personId: p.person.id,
        name: p.person.name,
        until: leaveOn(p.growth.absences, today)!.to,
      }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}
