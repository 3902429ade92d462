import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Backend } from '../../../../electron/backend/create-backend';
import type { CellInput, KpiGrid, SaveValuesResult } from '../../../../shared/ipc/channels/kpis';
import { createPerson, startBackend, valueOf } from '../../helpers/backend';

/** A backend with two people (Ana, Ben) on the fixed clock: Wed 18 Nov 2026 (W47). */
export async function withTeam(dir: string) {
  const backend = await startBackend(dir);
  const ana = await createPerson(backend, { name: 'Ana Silva' });
  const ben = await createPerson(backend, { name: 'Ben Okafor' });
  return { backend, ana: ana.person.id, ben: ben.person.id };
}

export async function save(backend: Backend, cells: CellInput[]): Promise<SaveValuesResult> {
  return valueOf<SaveValuesResult>(await backend.invoke('kpis:setValues', { cells }));
}

export async function metricGrid(backend: Backend, metricId: string, count = 3) {
  return valueOf<KpiGrid>(await backend.invoke('kpis:grid', { mode: 'metric', metricId, count }));
}

/** Every file the data folder holds for people and the team, to prove a refusal wrote nothing. */
export async function snapshot(backend: Backend, personIds: string[]): Promise<string[]> {
  await backend.flush();
  const paths = ['team.json', ...personIds.map((id) => `people/${id}.json`)];
  return Promise.all(paths.map((p) => readFile(join(backend.dataDir, p), 'utf8')));
}
