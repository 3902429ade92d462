import { defineMigration } from '../migrations';

// Frozen: this file describes team.json as it was in formats 1 and 2. Never import the live
// model here, and never edit a shape below; a later change is a new migration file.

/** team.json in format 1, as read from disk before validation. */
interface TeamFileV1 {
  schemaVersion: 1;
  createdAt?: unknown;
  [kept: string]: unknown;
}

/** What format 2 added, with the defaults an old file gets. */
interface TeamAdditionsV2 {
  values: string[];
  questionBank: { custom: never[]; overrides: Record<string, never>; templates: never[] };
  preferences: { recognitionGapDays: number };
}

type TeamFileV2 = TeamAdditionsV2 & { [kept: string]: unknown };

/** The default recognition values as format 2 shipped them. */
const VALUES_V2 = [
  'Customer first',
  'Ownership',
  'Teamwork',
  'Clear communication',
  'Empathy',
  'Going the extra mile',
  'Learning',
];

export const teamV1ToV2 = defineMigration<TeamFileV1, TeamFileV2>({
  from: 1,
  describe: 'Adds recognition values, the question bank and team preferences.',
  up(document) {
    const additions: TeamAdditionsV2 = {
      values: [...VALUES_V2],
      questionBank: { custom: [], overrides: {}, templates: [] },
      preferences: { recognitionGapDays: 14 },
    };
    // A key the file already has wins, as it always did.
    return { ...additions, ...document };
  },
});
