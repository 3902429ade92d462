import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Backend } from '../../../../electron/backend/create-backend';
import type {
  DryRunSummary,
  ImportPreview,
  OpenedImport,
  PersonMatch,
} from '../../../../shared/ipc/channels/imports';
import type { ImportRecord } from '../../../../shared/model/kpis';
import { createPerson, valueOf } from '../../helpers/backend';
import { weeklyCadence } from '../../helpers/people';

export const FIXTURES = join(import.meta.dirname, '../../../fixtures/helpdesk');
export const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

/** Ana and Ben, as every fixture names them; Dana Fox (in the Zendesk file) is not on the team. */
export async function addTeam(backend: Backend) {
  const ana = await createPerson(backend, {
    name: 'Ana Lima',
    email: 'ana.lima@example.com',
    cadence: weeklyCadence(),
  });
  const ben = await createPerson(backend, { name: 'Ben Okafor', email: 'ben.okafor@example.com' });
  return { ana: ana.person.id, ben: ben.person.id };
}

export async function open(backend: Backend, fileName: string, text = fixture(fileName)) {
  return valueOf<OpenedImport>(await backend.invoke('imports:open', { fileName, text }));
}

export async function preview(
  backend: Backend,
  token: string,
  extra: Record<string, unknown> = {},
) {
  return valueOf<ImportPreview>(await backend.invoke('imports:preview', { token, ...extra }));
}

/** The options the import page sends: the preview's suggestions, with `matches`. */
export function optionsOf(p: ImportPreview, matches: PersonMatch[] = []) {
  return {
    token: p.token,
    source: p.source,
    delimiter: p.delimiter,
    decimalComma: p.decimalComma,
    mapping: p.mapping,
    matches,
  };
}

export async function dryRun(backend: Backend, options: unknown) {
  return valueOf<DryRunSummary>(await backend.invoke('imports:dryRun', options));
}

export async function run(backend: Backend, options: unknown) {
  return valueOf<ImportRecord>(await backend.invoke('imports:run', options));
}

/** Opens, previews and imports a fixture with the suggested mapping. */
export async function importFixture(backend: Backend, name: string, matches: PersonMatch[] = []) {
  const { token } = await open(backend, name);
  const p = await preview(backend, token);
  return { preview: p, record: await run(backend, optionsOf(p, matches)) };
}
