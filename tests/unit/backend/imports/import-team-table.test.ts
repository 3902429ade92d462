import { describe, expect, it } from 'vitest';
import type { TeamTableMetric } from '../../../../shared/domain/kpis/team-table';
import { startBackend, valueOf } from '../../helpers/backend';
import { useTempDir } from '../../helpers/temp-dir';
import { addTeam, importFixture } from './helpers';

/**
 * The Zendesk fixture's tickets were solved 2-5 November 2026 (week 2026-W45); the test clock is
 * Wednesday 18 November, in W47. The team table's window ends with the last ended week (W46) for
 * weekly metrics and with November (the current month, which has values) for monthly ones; each
 * row shows the person's newest value with its period either way.
 */
describe('imported values in the team table', () => {
  const dir = useTempDir();

  it('shows the Zendesk fixture week and month values', async () => {
    const backend = await startBackend(dir());
    const { ana, ben } = await addTeam(backend);
    await importFixture(backend, 'zendesk.csv');
    const table = valueOf<TeamTableMetric[]>(await backend.invoke('kpis:team', {}));
    const metric = (id: string) => table.find((t) => t.metric.id === id)!;
    const row = (id: string, personId: string) =>
      metric(id).rows.find((r) => r.personId === personId)!;

    expect(metric('csat').periods.at(-1)).toBe('2026-11');
    expect(row('csat', ana).last).toEqual({ period: '2026-11', value: 0.5 });
    expect(row('csat', ben).last).toEqual({ period: '2026-11', value: 1 });
    expect(metric('csat').teamMedian).toBe(0.75);

    const frt = metric('first_response_time');
    expect(frt.periods.slice(-2)).toEqual(['2026-W45', '2026-W46']);
    expect(row('first_response_time', ana).last).toEqual({ period: '2026-W45', value: 28.5 * 60 });
    expect(row('first_response_time', ana).points.slice(-2)).toEqual([28.5 * 60, null]);
    expect(row('tickets_solved', ben).last).toEqual({ period: '2026-W45', value: 2 });
    await backend.close();
  });
});
