import {
  PERSON_DOCUMENT_VERSION,
  personDocumentSchema,
  type PersonDocument,
} from '../../../shared/model/documents';
import type { DocumentKind, Migration } from '../storage/migrations';
import { personV1ToV2 } from '../storage/migrations/person-v1-to-v2';
import { personV2ToV3 } from '../storage/migrations/person-v2-to-v3';
import { personV3ToV4 } from '../storage/migrations/person-v3-to-v4';
import { personV4ToV5 } from '../storage/migrations/person-v4-to-v5';

/** Numbered migrations of a person file, each frozen in its own file with a fixture pair. */
const personMigrations: Migration[] = [personV1ToV2, personV2ToV3, personV3ToV4, personV4ToV5];

export const personKind: DocumentKind<PersonDocument> = {
  label: 'person',
  version: PERSON_DOCUMENT_VERSION,
  schema: personDocumentSchema,
  migrations: personMigrations,
};
