import {
  TEAM_DOCUMENT_VERSION,
  teamDocumentSchema,
  type TeamDocument,
} from '../../../shared/model/documents';
import type { DocumentKind } from '../storage/migrations';

export const TEAM_FILE = 'team.json';

export const teamKind: DocumentKind<TeamDocument> = {
  label: 'team',
  version: TEAM_DOCUMENT_VERSION,
  schema: teamDocumentSchema,
  migrations: [],
};

export function newTeamDocument(now: Date): TeamDocument {
  return { schemaVersion: TEAM_DOCUMENT_VERSION, createdAt: now.toISOString() };
}
