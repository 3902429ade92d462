import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PersonDocument } from '../../../../shared/model/documents';
import { startBackend } from '../../helpers/backend';
import { readJson } from '../../helpers/store';
import { useTempDir } from '../../helpers/temp-dir';
import { addTeam, open, optionsOf, preview, run } from './helpers';

// Every date could be either order: 3 April (W14) or 4 March (W10) 2026.
const AMBIGUOUS = [
  'Email,Agent,Date,Tickets solved',
  'ana.lima@example.com,Ana Lima,03/04/2026,7',
  'ben.okafor@example.com,Ben Okafor,03/04/2026,5',
].join('\n');

describe('dates like 03/04/2026 in an import', () => {
  const dir = useTempDir();

  it.each([
    [undefined, '2026-W10'],
    ['month-first', '2026-W10'],
    ['day-first', '2026-W14'],
  ] as const)('reads them with dateOrder %s into %s', async (dateOrder, week) => {
    const backend = await startBackend(dir());
    const { ana } = await addTeam(backend);
    const { token } = await open(backend, 'tickets.csv', AMBIGUOUS);
    const p = await preview(backend, token);
    // The web test host's locale is the process's; the renderer offers it as the default.
    expect(['month-first', 'day-first']).toContain(p.localeDateOrder);
    await run(backend, { ...optionsOf(p), ...(dateOrder ? { dateOrder } : {}) });
    const doc = (await readJson(join(dir(), 'people', `${ana}.json`))) as PersonDocument;
    expect(doc.kpis.values.find((v) => v.metricId === 'tickets_solved')).toMatchObject({
      period: week,
      value: 7,
    });
    await backend.close();
  });

  it('refuses an order it does not know, next to the field', async () => {
    const backend = await startBackend(dir());
    await addTeam(backend);
    const { token } = await open(backend, 'tickets.csv', AMBIGUOUS);
    const p = await preview(backend, token);
    const refused = await backend.invoke('imports:dryRun', {
      ...optionsOf(p),
      dateOrder: 'year-first',
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { dateOrder: 'Choose how the dates are written.' } },
    });
    await backend.close();
  });
});
