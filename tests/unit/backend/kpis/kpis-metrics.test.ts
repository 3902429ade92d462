import { describe, expect, it } from 'vitest';
import type { KpiSettings } from '../../../../shared/ipc/channels/kpis';
import type { MetricDefinition } from '../../../../shared/model/kpis';
import { errorOf, valueOf } from '../../helpers/backend';
import { useTempDir } from '../../helpers/temp-dir';
import { save, snapshot, withTeam } from './helpers';

const nps = {
  name: 'NPS',
  description: 'Net promoter score from the quarterly survey.',
  unit: 'score',
  direction: 'higher',
  target: '4.5/5',
  period: 'month',
  aggregation: 'mean',
  clock: 'calendar',
  scaleMax: 10,
} as const;

describe('metric definitions', () => {
  const dir = useTempDir();

  it('starts with the support defaults and the 15 % sharp drop', async () => {
    const { backend } = await withTeam(dir());
    const settings = valueOf<KpiSettings>(await backend.invoke('kpis:settings', undefined));
    expect(settings.metrics.map((m) => m.id)).toEqual([
      'csat',
      'first_response_time',
      'full_resolution_time',
      'qa_score',
      'tickets_solved',
      'reopen_rate',
    ]);
    expect(settings.preferences).toEqual({ sharpDropRatio: 0.15 });
  });

  it('adds a custom metric, reading the target in its unit and scale', async () => {
    const { backend } = await withTeam(dir());
    const metric = valueOf<MetricDefinition>(await backend.invoke('kpis:createMetric', nps));
    expect(metric).toMatchObject({
      name: 'NPS',
      target: 9,
      scaleMax: 10,
      builtIn: null,
      archived: false,
    });
    const frt = valueOf<MetricDefinition>(
      await backend.invoke('kpis:createMetric', {
        ...nps,
        name: 'Handle time',
        unit: 'duration',
        direction: 'lower',
        target: '1 h 30 min',
        scaleMax: 5,
      }),
    );
    expect(frt).toMatchObject({ target: 5400, scaleMax: null });
    const none = valueOf<MetricDefinition>(
      await backend.invoke('kpis:createMetric', {
        ...nps,
        name: 'Chats',
        unit: 'count',
        target: '',
      }),
    );
    expect(none.target).toBeNull();
  });

  it.each([
    [
      { target: '120 %', unit: 'percent' },
      'target',
      'A percentage cannot be above 100. Use a percentage from 0 to 100, like 92 %.',
    ],
    [
      { target: 'soon', unit: 'duration' },
      'target',
      'Use a duration like 1:05:00, 83 min or 1 h 23 min.',
    ],
    [{ name: 'csat' }, 'name', 'There is already a metric called CSAT.'],
    [{ name: '  ' }, 'name', 'Metric name is required.'],
    [{ unit: 'money' }, 'unit', 'Choose percent, duration, count or score.'],
    [{ scaleMax: 0 }, 'scaleMax', 'The top of the scale must be above 0.'],
  ])('refuses %j with a message on %s, writing nothing', async (change, field, message) => {
    const { backend, ana } = await withTeam(dir());
    const before = await snapshot(backend, [ana]);
    const error = errorOf(await backend.invoke('kpis:createMetric', { ...nps, ...change }));
    expect(error.fields?.[field]).toBe(message);
    expect(await snapshot(backend, [ana])).toEqual(before);
  });

  it('edits a built-in metric', async () => {
    const { backend } = await withTeam(dir());
    const csat = valueOf<KpiSettings>(await backend.invoke('kpis:settings', undefined)).metrics[0]!;
    const edited = valueOf<MetricDefinition>(
      await backend.invoke('kpis:updateMetric', { ...csat, metricId: 'csat', target: '85' }),
    );
    expect(edited).toMatchObject({
      id: 'csat',
      builtIn: 'csat',
      target: 0.85,
      createdAt: csat.createdAt,
    });
  });

  it('keeps the unit, period and scale of a metric that has values', async () => {
    const { backend, ana } = await withTeam(dir());
    const metric = valueOf<MetricDefinition>(await backend.invoke('kpis:createMetric', nps));
    await save(backend, [{ personId: ana, metricId: metric.id, period: '2026-10', text: '8' }]);
    const base = { ...nps, metricId: metric.id };
    const before = await snapshot(backend, [ana]);
    expect(
      errorOf(await backend.invoke('kpis:updateMetric', { ...base, unit: 'count' })).fields,
    ).toEqual({
      unit: 'NPS already has values in score: its unit cannot change. Add a new metric instead.',
    });
    expect(
      errorOf(await backend.invoke('kpis:updateMetric', { ...base, period: 'week' })).fields,
    ).toEqual({
      period:
        'NPS already has values per month: its period cannot change. Add a new metric instead.',
    });
    expect(
      errorOf(await backend.invoke('kpis:updateMetric', { ...base, scaleMax: 5, target: '' }))
        .fields,
    ).toEqual({ scaleMax: 'A value of 8 is already stored: use a scale of at least 8.' });
    expect(await snapshot(backend, [ana])).toEqual(before);
    const renamed = valueOf<MetricDefinition>(
      await backend.invoke('kpis:updateMetric', { ...base, name: 'Survey NPS' }),
    );
    expect(renamed.name).toBe('Survey NPS');
  });

  it('archives and restores; deletes only a custom metric without values', async () => {
    const { backend, ana } = await withTeam(dir());
    expect(
      valueOf<MetricDefinition>(await backend.invoke('kpis:archiveMetric', { metricId: 'csat' }))
        .archived,
    ).toBe(true);
    expect(
      valueOf<MetricDefinition>(await backend.invoke('kpis:restoreMetric', { metricId: 'csat' }))
        .archived,
    ).toBe(false);
    expect(errorOf(await backend.invoke('kpis:removeMetric', { metricId: 'csat' }))).toMatchObject({
      code: 'conflict',
      message: 'CSAT is built in: archive it instead, and restore it whenever you need it.',
    });

    const metric = valueOf<MetricDefinition>(await backend.invoke('kpis:createMetric', nps));
    await save(backend, [{ personId: ana, metricId: metric.id, period: '2026-10', text: '8' }]);
    const before = await snapshot(backend, [ana]);
    expect(
      errorOf(await backend.invoke('kpis:removeMetric', { metricId: metric.id })),
    ).toMatchObject({
      code: 'conflict',
      message: '1 person has values for NPS. Archive it instead: its values stay readable.',
    });
    expect(await snapshot(backend, [ana])).toEqual(before);

    await save(backend, [{ personId: ana, metricId: metric.id, period: '2026-10', text: '' }]);
    expect(valueOf(await backend.invoke('kpis:removeMetric', { metricId: metric.id }))).toEqual({
      removed: true,
    });
    const ids = valueOf<KpiSettings>(await backend.invoke('kpis:settings', undefined)).metrics.map(
      (m) => m.id,
    );
    expect(ids).not.toContain(metric.id);
    expect(errorOf(await backend.invoke('kpis:archiveMetric', { metricId: metric.id })).code).toBe(
      'not_found',
    );
  });

  it('sets the sharp drop ratio, refusing one out of range', async () => {
    const { backend } = await withTeam(dir());
    expect(valueOf(await backend.invoke('kpis:setPreferences', { sharpDropRatio: 0.2 }))).toEqual({
      sharpDropRatio: 0.2,
    });
    expect(
      errorOf(await backend.invoke('kpis:setPreferences', { sharpDropRatio: 2 })).fields,
    ).toEqual({
      sharpDropRatio: 'Use at most 100 %.',
    });
    expect(
      valueOf<KpiSettings>(await backend.invoke('kpis:settings', undefined)).preferences,
    ).toEqual({
      sharpDropRatio: 0.2,
    });
  });
});
