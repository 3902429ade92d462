import { describe, expect, it } from 'vitest';
import type { PersonMetricTrend } from '../../../../shared/domain/kpis/person-trends';
import type { TeamTableMetric } from '../../../../shared/domain/kpis/team-table';
import { errorOf, valueOf } from '../../helpers/backend';
import { useTempDir } from '../../helpers/temp-dir';
import { save, withTeam } from './helpers';

describe('KPI trends', () => {
  const dir = useTempDir();

  async function seeded() {
    const team = await withTeam(dir());
    const { backend, ana, ben } = team;
    await save(backend, [
      { personId: ana, metricId: 'csat', period: '2026-08', text: '95' },
      { personId: ana, metricId: 'csat', period: '2026-09', text: '86' },
      { personId: ana, metricId: 'csat', period: '2026-10', text: '84' },
      { personId: ben, metricId: 'csat', period: '2026-10', text: '93' },
      { personId: ben, metricId: 'first_response_time', period: '2026-W45', text: '50 min' },
      { personId: ben, metricId: 'first_response_time', period: '2026-W46', text: '40 min' },
    ]);
    return team;
  }

  it('builds the team table: last, previous, streak, sparkline and median per metric', async () => {
    const { backend } = await seeded();
    const table = valueOf<TeamTableMetric[]>(await backend.invoke('kpis:team', { count: 3 }));
    const csat = table.find((t) => t.metric.id === 'csat')!;
    expect(csat.periods).toEqual(['2026-08', '2026-09', '2026-10']);
    expect(csat.teamMedian).toBeCloseTo(0.885, 9);
    expect(csat.rows.map((r) => [r.name, r.points, r.streak, r.flagged, r.meetsTarget])).toEqual([
      ['Ana Silva', [0.95, 0.86, 0.84], 2, true, false],
      ['Ben Okafor', [null, null, 0.93], 0, false, true],
    ]);
    expect(csat.rows[0]!.change).toBeCloseTo(-0.02, 9);
    expect(csat.rows[0]!.better).toBe(false);
    const frt = table.find((t) => t.metric.id === 'first_response_time')!;
    expect(frt.rows[1]).toMatchObject({ points: [null, 3000, 2400], better: true, streak: 0 });
  });

  it('leaves out archived metrics and archived people', async () => {
    const { backend, ben } = await seeded();
    valueOf(await backend.invoke('kpis:archiveMetric', { metricId: 'reopen_rate' }));
    valueOf(await backend.invoke('people:archive', { id: ben }));
    const table = valueOf<TeamTableMetric[]>(await backend.invoke('kpis:team', { count: 3 }));
    expect(table.map((t) => t.metric.id)).not.toContain('reopen_rate');
    expect(table[0]!.rows.map((r) => r.name)).toEqual(['Ana Silva']);
    expect(table[0]!.teamMedian).toBeCloseTo(0.84, 9);
  });

  it("shows a person's trend against target, previous and the team median", async () => {
    const { backend, ana } = await seeded();
    valueOf(await backend.invoke('kpis:archiveMetric', { metricId: 'reopen_rate' }));
    const trends = valueOf<PersonMetricTrend[]>(
      await backend.invoke('kpis:person', { personId: ana }),
    );
    expect(trends.map((t) => t.metric.id)).not.toContain('reopen_rate');
    const csat = trends.find((t) => t.metric.id === 'csat')!;
    expect(csat.series.map((p) => p.value)).toEqual([0.95, 0.86, 0.84]);
    expect(csat.trend).toMatchObject({ streak: 2, flagged: true, meetsTarget: false });
    expect(csat.teamMedian).toBeCloseTo(0.885, 9);
    const frt = trends.find((t) => t.metric.id === 'first_response_time')!;
    expect(frt.series).toEqual([]);
    expect(frt.teamMedian).toBeNull();
  });

  it('refuses an unknown person or metric and a window of the wrong kind', async () => {
    const { backend } = await seeded();
    expect(errorOf(await backend.invoke('kpis:person', { personId: 'nobody' })).code).toBe(
      'not_found',
    );
    expect(
      errorOf(await backend.invoke('kpis:grid', { mode: 'metric', metricId: 'nps', count: 3 }))
        .code,
    ).toBe('not_found');
    expect(
      errorOf(
        await backend.invoke('kpis:grid', {
          mode: 'metric',
          metricId: 'csat',
          count: 3,
          endPeriod: '2026-W40',
        }),
      ).fields,
    ).toEqual({ endPeriod: 'This grid is kept per month: use a period like 2026-11.' });
    expect(errorOf(await backend.invoke('kpis:team', { count: 100 })).code).toBe('invalid_input');
  });

  it("lays out one person's metrics of one period kind", async () => {
    const { backend, ben } = await seeded();
    const grid = valueOf<{ periods: string[]; rows: { label: string; cells: unknown[] }[] }>(
      await backend.invoke('kpis:grid', {
        mode: 'person',
        personId: ben,
        period: 'week',
        count: 2,
      }),
    );
    expect(grid.periods).toEqual(['2026-W45', '2026-W46']);
    expect(grid.rows.map((r) => r.label)).toEqual([
      'First response time',
      'Full resolution time',
      'Tickets solved',
    ]);
  });
});
