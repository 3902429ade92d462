import { defineMigration } from '../migrations';

// Frozen: this file describes person files as they were in formats 1 and 2. Never import the
// live model here, and never edit a shape below; a later change is a new migration file.

/** A person file in format 1, as read from disk before validation. */
interface PersonFileV1 {
  schemaVersion: 1;
  person?: {
    /** 'none' | 'weekly' | 'biweekly' | 'monthly', in principle. */
    cadence?: unknown;
    createdAt?: unknown;
    tags?: unknown;
    /** id, name, role, email, startDate, skills, note, status, archivedAt, updatedAt: kept as they are. */
    [kept: string]: unknown;
  };
  [kept: string]: unknown;
}

type FrequencyV2 = 'none' | 'weekly' | 'biweekly' | 'monthly';

/** What this step writes: the cadence as an object, and tags. */
interface PersonFileV2 {
  person: {
    cadence: {
      frequency: FrequencyV2;
      /** ISO weekday, 1 is Monday. */
      weekday: number;
      /** HH:mm */
      time: string;
      weekOfMonth: number;
      /** yyyy-MM-dd */
      startsOn: string;
    };
    tags: unknown[];
    [kept: string]: unknown;
  };
  [kept: string]: unknown;
}

const FREQUENCIES_V2: ReadonlySet<unknown> = new Set(['none', 'weekly', 'biweekly', 'monthly']);

/**
 * The day the cadence counts from: the local calendar date (machine's time zone) on which the
 * person was added. `createdAt` is a UTC timestamp; a bare date is taken as it is.
 */
function startDateV2(createdAt: unknown): string {
  if (typeof createdAt !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(createdAt)) return '2026-01-05';
  if (/^\d{4}-\d{2}-\d{2}$/.test(createdAt)) return createdAt;
  const instant = new Date(createdAt);
  if (Number.isNaN(instant.getTime())) return createdAt.slice(0, 10);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(instant.getFullYear(), 4)}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
}

export const personV1ToV2 = defineMigration<PersonFileV1, PersonFileV2>({
  from: 1,
  describe: 'Cadence becomes an object with weekday, time and start date; tags are added.',
  up(document) {
    const old = { ...document.person };
    const frequency = FREQUENCIES_V2.has(old.cadence) ? (old.cadence as FrequencyV2) : 'none';
    const person: PersonFileV2['person'] = {
      ...old,
      cadence: {
        frequency,
        weekday: 2,
        time: '10:00',
        weekOfMonth: 1,
        startsOn: startDateV2(old.createdAt),
      },
      tags: Array.isArray(old.tags) ? old.tags : [],
    };
    return { ...document, person };
  },
});
