import {
  PERSON_DOCUMENT_VERSION,
  emptyPersonCollections,
  personDocumentSchema,
  type PersonDocument,
} from '../../../shared/model/documents';
import type { DocumentKind, Migration } from '../storage/migrations';

const FREQUENCIES = new Set(['none', 'weekly', 'biweekly', 'monthly']);

/**
 * Numbered migrations of a person file. Each one has a fixture test from the old shape in
 * tests/unit/backend/fixtures.
 */
export const personMigrations: Migration[] = [
  {
    from: 1,
    describe: 'Cadence becomes an object with weekday, time and start date; tags are added.',
    up(document) {
      const person = { ...(document.person as Record<string, unknown>) };
      const frequency =
        typeof person.cadence === 'string' && FREQUENCIES.has(person.cadence)
          ? person.cadence
          : 'none';
      const createdAt = typeof person.createdAt === 'string' ? person.createdAt : '';
      person.cadence = {
        frequency,
        weekday: 2,
        time: '10:00',
        weekOfMonth: 1,
        startsOn: /^\d{4}-\d{2}-\d{2}/.test(createdAt) ? createdAt.slice(0, 10) : '2026-01-05',
      };
      person.tags = Array.isArray(person.tags) ? person.tags : [];
      return { ...document, person };
    },
  },
  {
    from: 2,
    describe:
      'Adds the 1:1 schedule, meetings, talking points, action items, feedback and recognition.',
    up(document) {
      return { ...emptyPersonCollections(), ...document };
    },
  },
];

export const personKind: DocumentKind<PersonDocument> = {
  label: 'person',
  version: PERSON_DOCUMENT_VERSION,
  schema: personDocumentSchema,
  migrations: personMigrations,
};
