import {
  skillCoverage,
  type CoveragePerson,
  type CoverageState,
} from '../../../shared/domain/growth/coverage';
import type { TeamGrowthView } from '../../../shared/ipc/channels/growth';

/** A mark per state, so a state never depends on colour alone. */
export const COVERAGE_MARK: Record<CoverageState, string> = {
  none: '✕',
  single: '!',
  thin: '▲',
  covered: '✓',
};

export const COVERAGE_SHORT: Record<CoverageState, string> = {
  none: 'None',
  single: 'Single',
  thin: 'Thin',
  covered: 'Covered',
};

export const COVERAGE_COLOR: Record<CoverageState, string> = {
  none: 'red',
  single: 'red',
  thin: 'orange',
  covered: 'teal',
};

/** Levels set on the page but not yet back from the backend: `personId:skillId` → level. */
export type PendingLevels = ReadonlyMap<string, number>;
export const cellKey = (personId: string, skillId: string) => `${personId}:${skillId}`;

/** The level a cell shows: a pending key press first, then what the backend answered. */
export function shownLevel(
  view: TeamGrowthView,
  pending: PendingLevels,
  personIndex: number,
  skillId: string,
): number {
  const person = view.people[personIndex]!;
  return pending.get(cellKey(person.personId, skillId)) ?? person.levels[skillId]?.level ?? 0;
}

/** The matrix people as coverage reads them, with pending levels applied. */
export function coverageInput(view: TeamGrowthView, pending: PendingLevels): CoveragePerson[] {
  return view.people.map((p) => {
    const ids = new Set([
      ...Object.keys(p.levels),
      ...view.skills.filter((s) => pending.has(cellKey(p.personId, s.id))).map((s) => s.id),
    ]);
    return {
      personId: p.personId,
      name: p.name,
      status: 'active' as const,
      absences: p.absences,
      skills: [...ids].map((skillId) => ({
        skillId,
        skillName: '',
        history: [
          {
            level: pending.get(cellKey(p.personId, skillId)) ?? p.levels[skillId]?.level ?? 0,
            on: view.today,
            at: '1970-01-01T00:00:00.000Z',
          },
        ],
        targetLevel: p.levels[skillId]?.targetLevel ?? null,
        canTrain: p.levels[skillId]?.canTrain ?? false,
      })),
    };
  });
}

/**
 * Coverage on the page: the leave recorded for `on` (today unless the lead picks a later day),
 * the what-if and any pending level applied.
 */
export function pageCoverage(
  view: TeamGrowthView,
  pending: PendingLevels,
  whatIfAway: ReadonlySet<string>,
  on: string = view.today,
) {
  return skillCoverage(view.skills, coverageInput(view, pending), { today: on, whatIfAway });
}
