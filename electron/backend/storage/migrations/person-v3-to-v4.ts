import { defineMigration } from '../migrations';

// Frozen: this file describes person files as they were in formats 3 and 4. Never import the
// live model here, and never edit a shape below; a later change is a new migration file.

/** A person file in format 3, as read from disk before validation. */
interface PersonFileV3 {
  schemaVersion: 3;
  [kept: string]: unknown;
}

/** Format 4 adds growth: goals, the training log, skill levels with history, and leave. */
interface PersonFileV4 {
  schemaVersion: 4;
  growth: { goals: never[]; trainings: never[]; skills: never[]; absences: never[] };
  [kept: string]: unknown;
}

export const personV3ToV4 = defineMigration<PersonFileV3, PersonFileV4>({
  from: 3,
  describe: 'Adds growth: development goals, the training log, skill levels and leave.',
  up(document) {
    return {
      ...document,
      schemaVersion: 4,
      growth: { goals: [], trainings: [], skills: [], absences: [] },
    };
  },
});
