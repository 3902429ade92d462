import type { Absence, PersonSkill, SkillDefinition } from '../../model/growth';
import { currentLevel } from './levels';

/** What coverage needs to know of a person. */
export interface CoveragePerson {
  personId: string;
  name: string;
  status: 'active' | 'archived';
  skills: PersonSkill[];
  absences: Absence[];
}

/** Nobody, one person only, fewer than the target, or enough people. */
export type CoverageState = 'none' | 'single' | 'thin' | 'covered';

export const COVERAGE_STATE_LABELS: Record<CoverageState, string> = {
  none: 'No coverage',
  single: 'Single point of failure',
  thin: 'Thin',
  covered: 'Covered',
};

export interface Coverer {
  personId: string;
  name: string;
  level: number;
}

export interface SkillCoverage {
  skillId: string;
  name: string;
  groupId: string;
  criticality: SkillDefinition['criticality'];
  requiredLevel: number;
  targetCoverage: number;
  /** Active people at or above the required level who are here. */
  coverers: Coverer[];
  /** Those who would cover it but are away (leave, or the what-if). */
  away: Coverer[];
  count: number;
  state: CoverageState;
  /** Who can teach it: here, at or above the required level, and marked as a trainer or at 4. */
  trainers: Coverer[];
  /** How many more people it needs to reach its target. */
  shortBy: number;
}

/**
 * One person is a single point of failure whatever the target says: the product warns below two.
 * Below the target is thin; at or above it, covered.
 */
export function coverageState(count: number, target: number): CoverageState {
  if (count <= 0) return 'none';
  if (count === 1) return 'single';
  return count < target ? 'thin' : 'covered';
}

/** True when the person is on leave on local date `day` (both ends included). */
export function isAwayOn(absences: Absence[], day: string): boolean {
  return absences.some((a) => a.from <= day && day <= a.to);
}

/** The leave holding `day`, or the next one to start, for "away until" and "away from". */
export function leaveOn(absences: Absence[], day: string): Absence | undefined {
  return absences.find((a) => a.from <= day && day <= a.to);
}

export interface CoverageOptions {
  /** The local date: who is on dated leave then is away. */
  today: string;
  /** People marked away in a what-if, on top of real leave. */
  whatIfAway?: ReadonlySet<string>;
}

/**
 * Per skill, who covers it among active people: archived people never count, and people away
 * (dated leave on `today`, or in the what-if) are listed apart and do not count.
 */
export function skillCoverage(
  skills: SkillDefinition[],
  people: CoveragePerson[],
  options: CoverageOptions,
): SkillCoverage[] {
  const active = people.filter((p) => p.status === 'active');
  const away = new Set(
    active
      .filter((p) => options.whatIfAway?.has(p.personId) || isAwayOn(p.absences, options.today))
      .map((p) => p.personId),
  );
  const byName = (a: Coverer, b: Coverer) => b.level - a.level || a.name.localeCompare(b.name);
  return skills.map((skill) => {
    const coverers: Coverer[] = [];
    const gone: Coverer[] = [];
    const trainers: Coverer[] = [];
    for (const person of active) {
      const entry = person.skills.find((s) => s.skillId === skill.id);
      const level = currentLevel(entry);
      if (level < skill.requiredLevel) continue;
      const coverer = { personId: person.personId, name: person.name, level };
      if (away.has(person.personId)) {
        gone.push(coverer);
        continue;
      }
      coverers.push(coverer);
      if (entry?.canTrain || level === 4) trainers.push(coverer);
    }
    const count = coverers.length;
    return {
      skillId: skill.id,
      name: skill.name,
      groupId: skill.groupId,
      criticality: skill.criticality,
      requiredLevel: skill.requiredLevel,
      targetCoverage: skill.targetCoverage,
      coverers: coverers.sort(byName),
      away: gone.sort(byName),
      count,
      state: coverageState(count, skill.targetCoverage),
      trainers: trainers.sort(byName),
      shortBy: Math.max(0, skill.targetCoverage - count),
    };
  });
}

export interface KeyPersonWarning {
  personId: string;
  name: string;
  /** The critical skills this person alone covers. */
  skills: string[];
}

/** People who alone cover two or more critical skills: losing them loses all of those at once. */
export function keyPeople(coverage: SkillCoverage[]): KeyPersonWarning[] {
  const alone = new Map<string, KeyPersonWarning>();
  for (const skill of coverage) {
    if (skill.criticality !== 'critical' || skill.count !== 1) continue;
    const [only] = skill.coverers;
    const entry = alone.get(only!.personId) ?? {
      personId: only!.personId,
      name: only!.name,
      skills: [],
    };
    entry.skills.push(skill.name);
    alone.set(only!.personId, entry);
  }
  return [...alone.values()]
    .filter((w) => w.skills.length >= 2)
    .sort((a, b) => b.skills.length - a.skills.length || a.name.localeCompare(b.name));
}

/** Skills below their target (none, single or thin), critical ones and the emptiest first. */
export function coverageGaps(coverage: SkillCoverage[]): SkillCoverage[] {
  const weight = { critical: 0, medium: 1, low: 2 } as const;
  return coverage
    .filter((c) => c.state !== 'covered')
    .sort(
      (a, b) =>
        weight[a.criticality] - weight[b.criticality] ||
        a.count - b.count ||
        a.name.localeCompare(b.name),
    );
}

/** Skills that were covered without the absences and fall below their target with them. */
export function droppedByAbsence(
  withoutAbsences: SkillCoverage[],
  withAbsences: SkillCoverage[],
): SkillCoverage[] {
  return withAbsences.filter((c, i) => {
    const before = withoutAbsences[i];
    return before && before.count > c.count && c.state !== 'covered';
  });
}
