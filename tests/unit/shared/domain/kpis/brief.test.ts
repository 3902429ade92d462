import { describe, expect, it } from 'vitest';
import type { KpiValue, MetricDefinition } from '../../../../../shared/model/kpis';
import { DEFAULT_METRICS } from '../../../../../shared/domain/kpis/defaults';
import { buildKpiBrief, type KpiBriefInput } from '../../../../../shared/domain/kpis/brief';
import { inTimeZone } from '../../../helpers/time-zone';
import { typedValue } from '../../../helpers/kpi-values';

const TODAY = '2026-11-18';

const metric = (id: string, overrides: Partial<MetricDefinition> = {}): MetricDefinition => ({
  ...DEFAULT_METRICS.find((m) => m.id === id)!,
  archived: false,
  createdAt: '2026-01-01T00:00:00.000Z',
  ...overrides,
});
const METRICS = DEFAULT_METRICS.map((m) => metric(m.id));

const v = typedValue;

const build = (values: KpiValue[], overrides: Partial<KpiBriefInput> = {}) =>
  buildKpiBrief({
    values,
    metrics: METRICS,
    teamValues: [values],
    sharpDropRatio: 0.15,
    today: TODAY,
    since: '2026-11-04',
    ...overrides,
  });

describe('buildKpiBrief rows', () => {
  it('shows the newest whole period, the change on the one before and the target', () => {
    const { rows } = build([v('csat', '2026-09', 0.88), v('csat', '2026-10', 0.91)]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      metricId: 'csat',
      name: 'CSAT',
      period: '2026-10',
      periodLabel: 'Oct 2026',
      valueText: '91 %',
      previous: { period: '2026-09', valueText: '88 %' },
      changeText: '+3 %',
      better: true,
      targetText: '90 %',
      meetsTarget: true,
      belowTargetStreak: 0,
      stale: false,
      signal: 'back_on_target',
    });
  });

  it.each([
    {
      name: 'lower is better: a rise is worse and above the target misses it',
      values: [
        v('first_response_time', '2026-W45', 3000),
        v('first_response_time', '2026-W46', 4200),
      ],
      expected: { changeText: '+20 min', better: false, meetsTarget: false, belowTargetStreak: 1 },
    },
    {
      name: 'a metric without target: no target, met is unknown',
      values: [v('tickets_solved', '2026-W45', 40), v('tickets_solved', '2026-W46', 42)],
      expected: { targetText: null, meetsTarget: null, better: true, signal: null },
    },
    {
      name: 'a missing period before: no change is shown',
      values: [v('csat', '2026-08', 0.8), v('csat', '2026-10', 0.95)],
      expected: { previous: null, change: null, changeText: null, better: null },
    },
    {
      name: 'the last whole period has no value: the row is marked stale',
      values: [v('csat', '2026-08', 0.8), v('csat', '2026-09', 0.95)],
      expected: { period: '2026-09', latestEnded: '2026-10', stale: true },
    },
    {
      name: 'a period still under way is left out',
      values: [v('csat', '2026-10', 0.93), v('csat', '2026-11', 0.2)],
      expected: { period: '2026-10', valueText: '93 %', previous: null },
    },
    {
      name: 'a score is shown on its scale',
      values: [v('qa_score', '2026-09', 80), v('qa_score', '2026-10', 86.5)],
      expected: { valueText: '86.5/100', changeText: '+6.5', targetText: '85/100' },
    },
  ])('$name', ({ values, expected }) => {
    const { rows } = build(values);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject(expected);
  });

  it('no values: no rows and no suggestions', () => {
    expect(build([])).toEqual({ rows: [], suggestions: [] });
  });

  it('an archived metric is left out, its values kept but not in the brief', () => {
    const values = [v('csat', '2026-09', 0.8), v('csat', '2026-10', 0.8)];
    const metrics = METRICS.map((m) => (m.id === 'csat' ? { ...m, archived: true } : m));
    expect(build(values, { metrics })).toEqual({ rows: [], suggestions: [] });
  });

  it('keeps the team metric order', () => {
    const values = [v('reopen_rate', '2026-10', 0.04), v('csat', '2026-10', 0.9)];
    expect(build(values).rows.map((r) => r.metricId)).toEqual(['csat', 'reopen_rate']);
  });

  it.each([
    {
      name: 'before the first 1:1 everything is new',
      since: null,
      recordedAt: undefined,
      isNew: true,
    },
    {
      name: 'the period ended after the last 1:1',
      since: '2026-10-28',
      recordedAt: undefined,
      isNew: true,
    },
    {
      name: 'ended and recorded before the last 1:1',
      since: '2026-11-10',
      recordedAt: '2026-11-02T09:00:00.000Z',
      isNew: false,
    },
    {
      name: 'ended before but recorded after the last 1:1',
      since: '2026-11-10',
      recordedAt: '2026-11-12T09:00:00.000Z',
      isNew: true,
    },
  ])('new since the last 1:1: $name', ({ since, recordedAt, isNew }) => {
    const { rows } = build([v('csat', '2026-10', 0.9, recordedAt)], { since });
    expect(rows[0]!.isNew).toBe(isNew);
  });

  it('gives the team median of the same period and how many it counts', () => {
    const mine = [v('csat', '2026-10', 0.8)];
    const teamValues = [mine, [v('csat', '2026-10', 0.9)], [v('csat', '2026-10', 0.95)], []];
    expect(build(mine, { teamValues }).rows[0]!.teamMedian).toEqual({
      valueText: '90 %',
      people: 3,
    });
  });

  it('carries the suggestions, with the same signals as the rows', () => {
    const brief = build([v('csat', '2026-09', 0.85), v('csat', '2026-10', 0.8)]);
    expect(brief.rows[0]!.signal).toBe('missed_target');
    expect(brief.suggestions.map((s) => s.id)).toEqual(['kpi:csat:missed_target:2026-10']);
  });

  it.each(['Pacific/Auckland', 'America/New_York'])('reads the same in %s', (zone) => {
    inTimeZone(zone, () => {
      // Recorded 2026-11-09T23:30Z: the 10th in Auckland, the 9th in New York.
      const values = [v('csat', '2026-10', 0.9, '2026-11-09T23:30:00.000Z')];
      const { rows } = build(values, { since: '2026-11-10' });
      expect(rows[0]!.isNew).toBe(zone === 'Pacific/Auckland');
    });
  });
});
