import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Backend } from '../../../../electron/backend/create-backend';
import { TEAM_FILE } from '../../../../electron/backend/team/team-kind';
import type { PersonDocument, TeamDocument } from '../../../../shared/model/documents';
import type { KpiValue } from '../../../../shared/model/kpis';
import { startBackend } from '../../helpers/backend';
import { personFile } from '../../helpers/meetings';
import { typedValue } from '../../helpers/kpi-values';

/** A typed value as the person file keeps it. */
export const kpiValue = typedValue;

async function editJson<T>(path: string, edit: (doc: T) => void): Promise<void> {
  const doc = JSON.parse(await readFile(path, 'utf8')) as T;
  edit(doc);
  await writeFile(path, JSON.stringify(doc, null, 2));
}

/**
 * Closes `backend`, writes KPI values into people's files and team.json as a helpdesk import
 * would leave them, and starts a new backend on the same folder (which validates the files).
 */
export async function seedKpis(
  backend: Backend,
  seed: {
    values?: Record<string, KpiValue[]>;
    team?: (team: TeamDocument) => void;
  },
): Promise<Backend> {
  const dataDir = backend.dataDir;
  await backend.close();
  for (const [personId, values] of Object.entries(seed.values ?? {})) {
    await editJson<PersonDocument>(personFile(dataDir, personId), (doc) => {
      doc.kpis.values.push(...values);
    });
  }
  if (seed.team) await editJson<TeamDocument>(join(dataDir, TEAM_FILE), seed.team);
  return startBackend(dataDir);
}
