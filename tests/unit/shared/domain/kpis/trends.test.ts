import { describe, expect, it } from 'vitest';
import type { MetricDefinition } from '../../../../../shared/model/kpis';
import {
  belowTargetStreak,
  lastAgainstPrevious,
  median,
  meetsTarget,
  metricSeries,
  seriesOver,
  teamMedian,
} from '../../../../../shared/domain/kpis/trends';
import { typedValue } from '../../../helpers/kpi-values';

const csat = {
  id: 'csat',
  period: 'month',
  direction: 'higher',
  target: 0.9,
} as const satisfies Partial<MetricDefinition>;
const frt = {
  id: 'frt',
  period: 'week',
  direction: 'lower',
  target: 3600,
} as const satisfies Partial<MetricDefinition>;
const noTarget = { id: 'solved', period: 'week', direction: 'higher', target: null } as const;

const v = (metricId: string, period: string, value: number) =>
  typedValue(metricId, period, value, '2026-11-18T09:00:00.000Z');

const points = (...pairs: [string, number][]) =>
  pairs.map(([period, value]) => ({ period, value }));

describe('a series', () => {
  it('is one metric in period order, of the metric’s current period kind', () => {
    const values = [
      v('csat', '2026-11', 0.8),
      v('csat', '2026-W40', 0.1),
      v('frt', '2026-10', 1),
      v('csat', '2026-09', 0.95),
    ];
    expect(metricSeries(values, csat)).toEqual(points(['2026-09', 0.95], ['2026-11', 0.8]));
  });

  it('lays over a range with gaps', () => {
    expect(
      seriesOver(points(['2026-09', 1], ['2026-11', 3]), ['2026-09', '2026-10', '2026-11']),
    ).toEqual([
      { period: '2026-09', value: 1 },
      { period: '2026-10', value: null },
      { period: '2026-11', value: 3 },
    ]);
  });
});

describe('the last value against the previous one', () => {
  it.each([
    ['higher rising', csat, points(['2026-10', 0.8], ['2026-11', 0.88]), 0.08, 0.1, true],
    ['higher falling', csat, points(['2026-10', 0.8], ['2026-11', 0.6]), -0.2, -0.25, false],
    ['lower falling', frt, points(['2026-W46', 4000], ['2026-W47', 3000]), -1000, -0.25, true],
    ['lower rising', frt, points(['2026-W46', 3000], ['2026-W47', 4500]), 1500, 0.5, false],
    ['no change', frt, points(['2026-W46', 3000], ['2026-W47', 3000]), 0, 0, null],
    ['from zero', noTarget, points(['2026-W46', 0], ['2026-W47', 5]), 5, null, true],
  ] as const)('%s', (_name, metric, series, change, relative, better) => {
    const result = lastAgainstPrevious(series, metric);
    expect(result.change).toBeCloseTo(change, 9);
    if (relative === null) expect(result.relativeChange).toBeNull();
    else expect(result.relativeChange).toBeCloseTo(relative, 9);
    expect(result.better).toBe(better);
    expect(result.last).toBe(series.at(-1));
    expect(result.previous).toBe(series.at(-2));
  });

  it('has nothing to compare with one value or none', () => {
    expect(lastAgainstPrevious(points(['2026-11', 0.9]), csat)).toEqual({
      last: { period: '2026-11', value: 0.9 },
      previous: null,
      change: null,
      relativeChange: null,
      better: null,
    });
    expect(lastAgainstPrevious([], csat).last).toBeNull();
  });
});

describe('the target', () => {
  it.each([
    [0.95, csat, true],
    [0.9, csat, true],
    [0.89, csat, false],
    [3000, frt, true],
    [3600, frt, true],
    [3601, frt, false],
    [5, noTarget, null],
  ] as const)('%s meets %s: %s', (value, metric, meets) => {
    expect(meetsTarget(value, metric)).toBe(meets);
  });

  it.each([
    ['two months below', csat, points(['2026-09', 0.95], ['2026-10', 0.8], ['2026-11', 0.85]), 2],
    ['last one met', csat, points(['2026-10', 0.8], ['2026-11', 0.9]), 0],
    [
      'a gap breaks the run',
      csat,
      points(['2026-08', 0.8], ['2026-10', 0.8], ['2026-11', 0.85]),
      2,
    ],
    ['a gap right before', csat, points(['2026-09', 0.8], ['2026-11', 0.85]), 1],
    ['lower is better: above is bad', frt, points(['2026-W46', 4000], ['2026-W47', 5000]), 2],
    ['lower is better: below is fine', frt, points(['2026-W46', 3000], ['2026-W47', 2000]), 0],
    [
      'across the new year',
      frt,
      points(['2026-W52', 4000], ['2026-W53', 4000], ['2027-W01', 4000]),
      3,
    ],
    ['no target', noTarget, points(['2026-W46', 0], ['2026-W47', 0]), 0],
    ['no values', csat, [], 0],
  ] as const)('%s: a streak of %i', (_name, metric, series, streak) => {
    expect(belowTargetStreak(series, metric)).toBe(streak);
  });
});

describe('the team median', () => {
  it.each([
    [[], null],
    [[3], 3],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
  ])('of %j is %s', (numbers, expected) => {
    expect(median(numbers)).toBe(expected);
  });

  it('counts people who have a value in that period', () => {
    const team = [
      [v('csat', '2026-11', 0.8), v('csat', '2026-10', 0.1)],
      [v('csat', '2026-11', 0.9)],
      [v('frt', '2026-11', 99)],
      [],
      [v('csat', '2026-11', 1)],
    ];
    expect(teamMedian(team, 'csat', '2026-11')).toBe(0.9);
    expect(teamMedian(team, 'csat', '2026-10')).toBe(0.1);
    expect(teamMedian(team, 'csat', '2026-09')).toBeNull();
  });
});
