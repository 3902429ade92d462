import { defineMigration } from '../migrations';

// Frozen: this file describes person files as they were in formats 2 and 3. Never import the
// live model here, and never edit a shape below; a later change is a new migration file.

/** A person file in format 2, as read from disk before validation. */
interface PersonFileV2 {
  schemaVersion: 2;
  /** id, name, role, email, startDate, cadence (an object), skills, tags, note, status, ... */
  person?: unknown;
  [kept: string]: unknown;
}

/** The 1:1 collections format 3 added; an old file starts with all of them empty. */
interface OneOnOneDataV3 {
  schedule: { exceptions: never[]; pastCadences: never[] };
  meetings: never[];
  talkingPoints: never[];
  actionItems: never[];
  feedback: never[];
  recognitions: never[];
}

type PersonFileV3 = OneOnOneDataV3 & { [kept: string]: unknown };

export const personV2ToV3 = defineMigration<PersonFileV2, PersonFileV3>({
  from: 2,
  describe:
    'Adds the 1:1 schedule, meetings, talking points, action items, feedback and recognition.',
  up(document) {
    const empty: OneOnOneDataV3 = {
      schedule: { exceptions: [], pastCadences: [] },
      meetings: [],
      talkingPoints: [],
      actionItems: [],
      feedback: [],
      recognitions: [],
    };
    // A key the file already has wins, as it always did.
    return { ...empty, ...document };
  },
});
