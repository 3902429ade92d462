import { describe, expect, it } from 'vitest';
import type { KpiGrid } from '../../../../shared/ipc/channels/kpis';
import type { PersonDocument } from '../../../../shared/model/documents';
import { errorOf, valueOf } from '../../helpers/backend';
import { useTempDir } from '../../helpers/temp-dir';
import { metricGrid, save, snapshot, withTeam } from './helpers';

describe('typing KPI values', () => {
  const dir = useTempDir();

  it('saves a paste as one call, in stored units, marked as typed', async () => {
    const { backend, ana, ben } = await withTeam(dir());
    const result = await save(backend, [
      { personId: ana, metricId: 'csat', period: '2026-10', text: '92 %' },
      { personId: ana, metricId: 'csat', period: '2026-09', text: '0.88' },
      { personId: ben, metricId: 'csat', period: '2026-10', text: '4.5/5' },
      { personId: ben, metricId: 'first_response_time', period: '2026-W46', text: '1:05:00' },
    ]);
    expect(result).toEqual({ saved: 4, cleared: 0, unchanged: 0, saveId: expect.any(String) });
    const grid = await metricGrid(backend, 'csat');
    expect(grid.periods).toEqual(['2026-08', '2026-09', '2026-10']);
    expect(grid.rows.map((r) => [r.label, r.cells.map((c) => c?.value ?? null)])).toEqual([
      ['Ana Silva', [null, 0.88, 0.92]],
      ['Ben Okafor', [null, null, 0.9]],
    ]);
    expect(grid.rows[0]!.cells[2]!.source).toEqual({
      kind: 'typed',
      label: 'Typed on 18 Nov 2026',
    });
    const frt = await metricGrid(backend, 'first_response_time', 2);
    expect(frt.periods).toEqual(['2026-W45', '2026-W46']);
    expect(frt.rows[1]!.cells[1]!.value).toBe(3900);
  });

  it('replaces a value keeping the old one, leaves an equal one alone, and clears', async () => {
    const { backend, ana } = await withTeam(dir());
    await save(backend, [
      { personId: ana, metricId: 'csat', period: '2026-10', text: '92 %' },
      { personId: ana, metricId: 'csat', period: '2026-09', text: '80 %' },
      { personId: ana, metricId: 'qa_score', period: '2026-10', text: '85' },
    ]);
    const before = await snapshot(backend, [ana]);
    expect(
      await save(backend, [{ personId: ana, metricId: 'qa_score', period: '2026-10', text: '85' }]),
    ).toEqual({ saved: 0, cleared: 0, unchanged: 1, saveId: null });
    expect(await snapshot(backend, [ana])).toEqual(before);

    const result = await save(backend, [
      { personId: ana, metricId: 'csat', period: '2026-10', text: '95' },
      { personId: ana, metricId: 'csat', period: '2026-09', text: '' },
      { personId: ana, metricId: 'csat', period: '2026-08', text: '  ' },
    ]);
    expect(result).toEqual({ saved: 1, cleared: 1, unchanged: 0, saveId: expect.any(String) });
    await backend.flush();
    const doc = JSON.parse((await snapshot(backend, [ana]))[1]!) as PersonDocument;
    const csat = doc.kpis.values.filter((v) => v.metricId === 'csat');
    expect(csat).toEqual([
      expect.objectContaining({
        period: '2026-10',
        value: 0.95,
        previous: [expect.objectContaining({ value: 0.92, source: { kind: 'typed' } })],
      }),
    ]);
  });

  it('accepts the current period, which has started', async () => {
    const { backend, ana } = await withTeam(dir());
    const result = await save(backend, [
      { personId: ana, metricId: 'tickets_solved', period: '2026-W47', text: '12' },
    ]);
    expect(result.saved).toBe(1);
    const grid = valueOf<KpiGrid>(
      await backend.invoke('kpis:grid', {
        mode: 'metric',
        metricId: 'tickets_solved',
        count: 3,
        endPeriod: '2026-W48',
      }),
    );
    expect(grid.futurePeriods).toEqual(['2026-W48']);
    expect(grid.rows[0]!.cells.map((c) => c?.value ?? null)).toEqual([null, 12, null]);
  });

  it.each([
    [
      'a future period',
      { metricId: 'csat', period: '2026-12', text: '90' },
      'This period has not started yet.',
    ],
    [
      'an unknown metric',
      { metricId: 'nps', period: '2026-10', text: '90' },
      'This metric does not exist any more.',
    ],
    [
      'a value of the wrong unit',
      { metricId: 'csat', period: '2026-10', text: '83 min' },
      'Use a percentage from 0 to 100, like 92 %.',
    ],
    [
      'above 100 %',
      { metricId: 'csat', period: '2026-10', text: '120' },
      'A percentage cannot be above 100. Use a percentage from 0 to 100, like 92 %.',
    ],
    [
      'a week for a monthly metric',
      { metricId: 'csat', period: '2026-W40', text: '90' },
      'CSAT is kept per month: use a period like 2026-11.',
    ],
    [
      'a month for a weekly metric',
      { metricId: 'first_response_time', period: '2026-10', text: '1 h' },
      'First response time is kept per week: use a period like 2026-W47.',
    ],
    [
      'a week that does not exist',
      { metricId: 'first_response_time', period: '2025-W53', text: '1 h' },
      '2025 has no week 53.',
    ],
    [
      'a period that is not one',
      { metricId: 'csat', period: 'October', text: '90' },
      'Use a period like 2026-11 or 2026-W47.',
    ],
    [
      'a score above its scale',
      { metricId: 'qa_score', period: '2026-10', text: '120' },
      'This score is above 100. Use a score from 0 to 100, like 85.',
    ],
    [
      'a negative count',
      { metricId: 'tickets_solved', period: '2026-W46', text: '-4' },
      'A count cannot be negative. Use a number of 0 or more, like 42.',
    ],
  ])('refuses %s and writes nothing, not even the good cells', async (_name, bad, message) => {
    const { backend, ana, ben } = await withTeam(dir());
    const before = await snapshot(backend, [ana, ben]);
    const error = errorOf(
      await backend.invoke('kpis:setValues', {
        cells: [
          { personId: ben, metricId: 'csat', period: '2026-10', text: '90 %' },
          { personId: ana, ...bad },
        ],
      }),
    );
    expect(error.code).toBe('invalid_input');
    expect(error.fields).toEqual({ 'cells.1': message });
    expect(error.message).toBe(`One value is not right, so nothing was saved. ${message}`);
    expect(await snapshot(backend, [ana, ben])).toEqual(before);
  });

  it('refuses an archived metric, a deleted person and a cell given twice, each by its index', async () => {
    const { backend, ana, ben } = await withTeam(dir());
    valueOf(await backend.invoke('kpis:archiveMetric', { metricId: 'reopen_rate' }));
    valueOf(await backend.invoke('people:delete', { id: ben }));
    const before = await snapshot(backend, [ana]);
    const error = errorOf(
      await backend.invoke('kpis:setValues', {
        cells: [
          { personId: ana, metricId: 'reopen_rate', period: '2026-10', text: '3 %' },
          { personId: ben, metricId: 'csat', period: '2026-10', text: '90 %' },
          { personId: ana, metricId: 'csat', period: '2026-10', text: '90 %' },
          { personId: ana, metricId: 'csat', period: '2026-10', text: '' },
        ],
      }),
    );
    expect(error.message).toMatch(/^3 values are not right, so nothing was saved\./);
    expect(error.fields).toEqual({
      'cells.0': 'Reopen rate is archived: restore it to add values.',
      'cells.1': 'This person is not in Coachbook any more. They may have been deleted.',
      'cells.3': 'This cell is in the list twice: keep one.',
    });
    expect(await snapshot(backend, [ana])).toEqual(before);
  });

  it('refuses an empty list and a malformed cell at the contract', async () => {
    const { backend, ana } = await withTeam(dir());
    expect(errorOf(await backend.invoke('kpis:setValues', { cells: [] })).message).toContain(
      'There is nothing to save.',
    );
    const error = errorOf(
      await backend.invoke('kpis:setValues', {
        cells: [{ personId: ana, metricId: 'csat', period: '2026-10', text: 92 }],
      }),
    );
    expect(error.code).toBe('invalid_input');
  });

  it('writes each person once however many of their cells change', async () => {
    const { backend, ana, ben } = await withTeam(dir());
    const writes: string[] = [];
    backend.onDataChanged((change) => writes.push(change.kind === 'person' ? change.id : 'team'));
    await save(backend, [
      { personId: ana, metricId: 'csat', period: '2026-10', text: '90' },
      { personId: ana, metricId: 'csat', period: '2026-09', text: '91' },
      { personId: ana, metricId: 'qa_score', period: '2026-10', text: '80' },
      { personId: ben, metricId: 'csat', period: '2026-10', text: '70' },
    ]);
    expect(writes.sort()).toEqual([ana, ben].sort());
  });
});
