import {
  DEFAULT_VALUES,
  TEAM_DOCUMENT_VERSION,
  teamDocumentSchema,
  type TeamDocument,
} from '../../../shared/model/documents';
import type { DocumentKind } from '../storage/migrations';

export const TEAM_FILE = 'team.json';

function teamDefaults(): Omit<TeamDocument, 'schemaVersion' | 'createdAt'> {
  return {
    values: [...DEFAULT_VALUES],
    questionBank: { custom: [], overrides: {}, templates: [] },
    preferences: { recognitionGapDays: 14 },
  };
}

export const teamKind: DocumentKind<TeamDocument> = {
  label: 'team',
  version: TEAM_DOCUMENT_VERSION,
  schema: teamDocumentSchema,
  migrations: [
    {
      from: 1,
      describe: 'Adds recognition values, the question bank and team preferences.',
      up: (document) => ({ ...teamDefaults(), ...document }),
    },
  ],
};

export function newTeamDocument(now: Date): TeamDocument {
  return { schemaVersion: TEAM_DOCUMENT_VERSION, createdAt: now.toISOString(), ...teamDefaults() };
}
