import {
  DEFAULT_VALUES,
  TEAM_DOCUMENT_VERSION,
  teamDocumentSchema,
  type TeamDocument,
} from '../../../shared/model/documents';
import type { DocumentKind } from '../storage/migrations';
import { teamV1ToV2 } from '../storage/migrations/team-v1-to-v2';
import { teamV2ToV3 } from '../storage/migrations/team-v2-to-v3';
import { teamV3ToV4 } from '../storage/migrations/team-v3-to-v4';
import { teamV4ToV5 } from '../storage/migrations/team-v4-to-v5';
import { defaultTeamKpis } from '../../../shared/domain/kpis/defaults';
import { defaultTeamGrowth } from '../../../shared/domain/growth/defaults';

export const TEAM_FILE = 'team.json';

function teamDefaults(createdAt: string): Omit<TeamDocument, 'schemaVersion' | 'createdAt'> {
  return {
    values: [...DEFAULT_VALUES],
    questionBank: { custom: [], overrides: {}, templates: [] },
    preferences: { recognitionGapDays: 14, weekStartsOn: 'locale' },
    growth: defaultTeamGrowth(),
    kpis: defaultTeamKpis(createdAt),
  };
}

export const teamKind: DocumentKind<TeamDocument> = {
  label: 'team',
  version: TEAM_DOCUMENT_VERSION,
  schema: teamDocumentSchema,
  // Each migration is frozen in its own file with a fixture pair (docs/storage.md).
  migrations: [teamV1ToV2, teamV2ToV3, teamV3ToV4, teamV4ToV5],
};

export function newTeamDocument(now: Date): TeamDocument {
  const createdAt = now.toISOString();
  return { schemaVersion: TEAM_DOCUMENT_VERSION, createdAt, ...teamDefaults(createdAt) };
}
