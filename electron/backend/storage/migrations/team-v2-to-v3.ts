import { defineMigration } from '../migrations';

// Frozen: this file describes team.json as it was in formats 2 and 3. Never import the live
// model here, and never edit a shape below; a later change is a new migration file.

/** team.json in format 2, as read from disk before validation. */
interface TeamFileV2 {
  schemaVersion: 2;
  preferences: { recognitionGapDays: number; [kept: string]: unknown };
  [kept: string]: unknown;
}

/** Format 3 adds which day weeks start on: the OS locale's, until the lead picks one. */
interface TeamFileV3 {
  schemaVersion: 3;
  preferences: {
    recognitionGapDays: number;
    weekStartsOn: 'locale' | 'monday' | 'sunday';
    [kept: string]: unknown;
  };
  [kept: string]: unknown;
}

export const teamV2ToV3 = defineMigration<TeamFileV2, TeamFileV3>({
  from: 2,
  describe: 'Adds the day weeks start on, following the system locale.',
  up(document) {
    return {
      ...document,
      schemaVersion: 3,
      preferences: { weekStartsOn: 'locale', ...document.preferences },
    };
  },
});
