import { defineMigration } from '../migrations';

// Frozen: this file describes person files as they were in formats 4 and 5. Never import the
// live model here, and never edit a shape below; a later change is a new migration file.

/**
 * A person file in format 4, as read from disk before validation. Format 4 wrote `feedback` as a
 * list of entries (id, kind, date, situation, behaviour, impact, nextStep, link, status, ...)
 * and `growth` as { goals, trainings, skills, absences }, each goal an object (id, title, ...,
 * templateId, createdAt, updatedAt); a damaged file may have anything, which validation reports.
 */
interface PersonFileV4 {
  schemaVersion: 4;
  feedback?: unknown;
  growth?: unknown;
  [kept: string]: unknown;
}

type Entry = Record<string, unknown>;

/**
 * Format 5 adds KPI values per metric and period, and a link from each feedback entry and each
 * development goal to a defined metric (none for everything written before).
 */
interface PersonFileV5 {
  schemaVersion: 5;
  kpis: { values: never[] };
  feedback?: unknown;
  growth?: unknown;
  [kept: string]: unknown;
}

const isEntry = (value: unknown): value is Entry =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Each object in a list gets `metricId: null`; anything else is left for validation to report. */
const unlinked = (list: unknown): unknown =>
  Array.isArray(list)
    ? list.map((item) => (isEntry(item) ? { ...item, metricId: null } : item))
    : list;

export const personV4ToV5 = defineMigration<PersonFileV4, PersonFileV5>({
  from: 4,
  describe: 'Adds KPI values, and a metric link (none yet) on feedback and development goals.',
  up(document) {
    const { growth } = document;
    return {
      ...document,
      schemaVersion: 5,
      kpis: { values: [] },
      feedback: unlinked(document.feedback),
      growth: isEntry(growth) ? { ...growth, goals: unlinked(growth.goals) } : growth,
    };
  },
});
