import { defineMigration } from '../migrations';

// Frozen: this file describes person files as they were in formats 4 and 5. Never import the
// live model here, and never edit a shape below; a later change is a new migration file.

/** A person file in format 4, as read from disk before validation. */
interface PersonFileV4 {
  schemaVersion: 4;
  [kept: string]: unknown;
}

/** Format 5 adds KPI values per metric and period. */
interface PersonFileV5 {
  schemaVersion: 5;
  kpis: { values: never[] };
  [kept: string]: unknown;
}

export const personV4ToV5 = defineMigration<PersonFileV4, PersonFileV5>({
  from: 4,
  describe: 'Adds KPI values.',
  up(document) {
    return { ...document, schemaVersion: 5, kpis: { values: [] } };
  },
});
