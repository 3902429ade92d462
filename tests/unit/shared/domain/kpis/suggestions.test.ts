import { describe, expect, it } from 'vitest';
import type { KpiValue, MetricDefinition } from '../../../../../shared/model/kpis';
import { DEFAULT_METRICS } from '../../../../../shared/domain/kpis/defaults';
import {
  assessMetric,
  isRecentPeriod,
  kpiSuggestions,
  type KpiSuggestionInput,
} from '../../../../../shared/domain/kpis/suggestions';
import { inTimeZone } from '../../../helpers/time-zone';
import { typedValue } from '../../../helpers/kpi-values';

const TODAY = '2026-11-18'; // a Wednesday: October and week 46 are the last whole periods

const metric = (id: string, overrides: Partial<MetricDefinition> = {}): MetricDefinition => ({
  ...DEFAULT_METRICS.find((m) => m.id === id)!,
  archived: false,
  createdAt: '2026-01-01T00:00:00.000Z',
  ...overrides,
});
const csat = metric('csat'); // percent, higher is better, target 90 %, monthly
const frt = metric('first_response_time'); // duration, lower is better, target 1 h, weekly
const solved = metric('tickets_solved'); // count, higher is better, no target, weekly
const METRICS = [csat, frt, solved];

const v = (metricId: string, period: string, value: number) => typedValue(metricId, period, value);

const suggest = (values: KpiValue[], overrides: Partial<KpiSuggestionInput> = {}) =>
  kpiSuggestions({
    values,
    metrics: METRICS,
    teamValues: [values],
    sharpDropRatio: 0.15,
    today: TODAY,
    ...overrides,
  });

describe('kpiSuggestions', () => {
  it.each([
    {
      name: 'missed the target two months in a row',
      values: [v('csat', '2026-08', 0.93), v('csat', '2026-09', 0.86), v('csat', '2026-10', 0.85)],
      kinds: ['missed_target'],
      text: 'CSAT missed its target 2 months in a row: 85 % in Oct 2026, target 90 %. What is getting in the way?',
    },
    {
      name: 'one miss only is not a topic',
      values: [v('csat', '2026-09', 0.91), v('csat', '2026-10', 0.87)],
      kinds: [],
    },
    {
      name: 'a gap breaks the run: September has no value',
      values: [v('csat', '2026-08', 0.8), v('csat', '2026-10', 0.85)],
      kinds: [],
    },
    {
      name: 'lower is better: above the target two weeks in a row is the miss',
      values: [
        v('first_response_time', '2026-W45', 4000),
        v('first_response_time', '2026-W46', 4200),
      ],
      kinds: ['missed_target'],
      text: 'First response time missed its target 2 weeks in a row: 1 h 10 min in Week 46, 2026, target 1 h. What is getting in the way?',
    },
    {
      name: 'lower is better: below the target is met, however it moves',
      values: [
        v('first_response_time', '2026-W45', 1500),
        v('first_response_time', '2026-W46', 1700),
      ],
      kinds: [],
    },
    {
      name: 'a small drop (8 %), on target still, is not a topic',
      values: [v('csat', '2026-09', 1), v('csat', '2026-10', 0.92)],
      kinds: [],
    },
    {
      name: 'a sharp drop of a metric without target',
      values: [v('tickets_solved', '2026-W45', 100), v('tickets_solved', '2026-W46', 80)],
      kinds: ['sharp_drop'],
      text: 'Tickets solved fell from 100 to 80 in Week 46, 2026, 20 % worse than Week 45, 2026. Ask what changed.',
    },
    {
      name: 'a drop just under the threshold is not sharp',
      values: [v('tickets_solved', '2026-W45', 100), v('tickets_solved', '2026-W46', 86)],
      kinds: [],
    },
    {
      name: 'a drop of exactly the threshold is sharp',
      values: [v('tickets_solved', '2026-W45', 100), v('tickets_solved', '2026-W46', 85)],
      kinds: ['sharp_drop'],
    },
    {
      name: 'lower is better: a rise is the drop',
      values: [
        v('first_response_time', '2026-W45', 1200),
        v('first_response_time', '2026-W46', 2400),
      ],
      kinds: ['sharp_drop'],
      text: 'First response time rose from 20 min to 40 min in Week 46, 2026, 100 % worse than Week 45, 2026. Ask what changed.',
    },
    {
      name: 'lower is better: a fall is an improvement',
      values: [
        v('first_response_time', '2026-W45', 2400),
        v('first_response_time', '2026-W46', 1200),
      ],
      kinds: ['improved'],
      text: 'First response time fell from 40 min to 20 min in Week 46, 2026, 50 % better than Week 45, 2026. Recognise the progress.',
    },
    {
      name: 'back on target after missing it',
      values: [v('csat', '2026-09', 0.88), v('csat', '2026-10', 0.91)],
      kinds: ['back_on_target'],
      text: 'CSAT is back on target: 91 % in Oct 2026 after 88 % in Sep 2026 (target 90 %). Recognise it.',
    },
    {
      name: 'a drop from zero has no relative size: no topic',
      values: [v('tickets_solved', '2026-W45', 0), v('tickets_solved', '2026-W46', 0)],
      kinds: [],
    },
    {
      name: 'a period still under way does not count (November, week 47)',
      values: [
        v('csat', '2026-10', 0.95),
        v('csat', '2026-11', 0.5),
        v('tickets_solved', '2026-W46', 90),
        v('tickets_solved', '2026-W47', 10),
      ],
      kinds: [],
    },
    {
      name: 'old news does not count: the newest value is from August',
      values: [v('csat', '2026-07', 0.8), v('csat', '2026-08', 0.8)],
      kinds: [],
    },
    {
      name: 'the one before the last whole period is still recent (a late export)',
      values: [v('csat', '2026-08', 0.8), v('csat', '2026-09', 0.8)],
      kinds: ['missed_target'],
    },
    { name: 'no values, no topics', values: [], kinds: [] },
  ])('$name', ({ values, kinds, text }) => {
    const got = suggest(values);
    expect(got.map((s) => s.kind)).toEqual(kinds);
    if (text) expect(got[0]!.text).toBe(text);
  });

  it('an archived metric suggests nothing', () => {
    const values = [v('csat', '2026-09', 0.8), v('csat', '2026-10', 0.8)];
    expect(suggest(values, { metrics: [{ ...csat, archived: true }] })).toEqual([]);
  });

  it('a value of another metric, or of weeks for a monthly metric, does not count', () => {
    const values = [
      v('csat', '2026-W45', 0.5),
      v('csat', '2026-W46', 0.5),
      v('other', '2026-10', 1),
    ];
    expect(suggest(values)).toEqual([]);
  });

  it('the threshold is the team setting', () => {
    const values = [v('tickets_solved', '2026-W45', 100), v('tickets_solved', '2026-W46', 80)];
    expect(suggest(values, { sharpDropRatio: 0.25 })).toEqual([]);
    expect(suggest(values, { sharpDropRatio: 0.2 }).map((s) => s.kind)).toEqual(['sharp_drop']);
  });

  it('one topic per metric, its strongest signal: a missed run beats a sharp drop', () => {
    const values = [v('csat', '2026-09', 0.85), v('csat', '2026-10', 0.6)];
    expect(suggest(values).map((s) => s.kind)).toEqual(['missed_target']);
  });

  it('problems come first, then improvements, each in the team metric order', () => {
    const values = [
      v('csat', '2026-09', 0.88),
      v('csat', '2026-10', 0.91),
      v('first_response_time', '2026-W45', 1200),
      v('first_response_time', '2026-W46', 2400),
      v('tickets_solved', '2026-W45', 50),
      v('tickets_solved', '2026-W46', 30),
    ];
    expect(suggest(values).map((s) => [s.metricId, s.kind])).toEqual([
      ['first_response_time', 'sharp_drop'],
      ['tickets_solved', 'sharp_drop'],
      ['csat', 'back_on_target'],
    ]);
  });

  it('ids are stable and name the metric, the signal and the period', () => {
    const values = [v('csat', '2026-09', 0.88), v('csat', '2026-10', 0.91)];
    const first = suggest(values);
    expect(first.map((s) => s.id)).toEqual(['kpi:csat:back_on_target:2026-10']);
    expect(suggest([...values].reverse())).toEqual(first);
  });

  it('improvements carry what "Recognise now" is for; problems do not', () => {
    const up = suggest([v('csat', '2026-09', 0.88), v('csat', '2026-10', 0.91)]);
    expect(up[0]!.recognise).toEqual({ text: 'CSAT back on target: 91 % in Oct 2026' });
    const down = suggest([v('csat', '2026-09', 0.85), v('csat', '2026-10', 0.8)]);
    expect(down[0]!.recognise).toBeNull();
  });

  it('says so when the whole team moved the same way', () => {
    const mine = [v('tickets_solved', '2026-W45', 100), v('tickets_solved', '2026-W46', 70)];
    const other = (a: number, b: number) => [
      v('tickets_solved', '2026-W45', a),
      v('tickets_solved', '2026-W46', b),
    ];
    const teamDown = [mine, other(90, 60), other(80, 50)];
    expect(suggest(mine, { teamValues: teamDown })[0]!.text).toContain(
      "The team's median moved the same way (90 to 60): ask about the queue too.",
    );
    const teamSteady = [mine, other(90, 88), other(80, 82)];
    expect(suggest(mine, { teamValues: teamSteady })[0]!.text).not.toContain('team');
    // Two people are not a team median worth quoting.
    expect(suggest(mine, { teamValues: teamDown.slice(0, 2) })[0]!.text).not.toContain('team');
  });

  it.each(['Pacific/Auckland', 'America/Los_Angeles', 'Europe/Berlin'])(
    'reads periods from local dates, the same in %s',
    (zone) => {
      inTimeZone(zone, () => {
        const values = [v('csat', '2026-09', 0.85), v('csat', '2026-10', 0.8)];
        expect(suggest(values).map((s) => s.id)).toEqual(['kpi:csat:missed_target:2026-10']);
        // On the first of the month, the month before has just ended.
        expect(suggest(values, { today: '2026-11-01' })).toHaveLength(1);
        expect(suggest(values, { today: '2026-10-31' })).toHaveLength(0);
      });
    },
  );
});

describe('assessMetric', () => {
  it('compares with the period just before, not an older one', () => {
    const a = assessMetric(
      [
        { period: '2026-08', value: 0.95 },
        { period: '2026-10', value: 0.9 },
      ],
      csat,
      0.15,
    )!;
    expect(a.previous).toBeNull();
    expect(a.change).toBeNull();
    expect(a.meetsTarget).toBe(true);
  });

  it('is null without values', () => {
    expect(assessMetric([], csat, 0.15)).toBeNull();
  });
});

describe('isRecentPeriod', () => {
  it.each([
    ['2026-10', true],
    ['2026-09', true],
    ['2026-08', false],
    ['2026-W46', true],
    ['2026-W45', true],
    ['2026-W44', false],
  ])('%s is recent on 2026-11-18: %s', (key, recent) => {
    expect(isRecentPeriod(key, TODAY)).toBe(recent);
  });
});
