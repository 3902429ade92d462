import type { KpiValue, MetricDefinition } from '../../model/kpis';
import { formatKpiValue } from './format';
import { lastEndedPeriod, periodLabel, periodOfKey, previousPeriod } from './periods';
import {
  belowTargetStreak,
  lastAgainstPrevious,
  meetsTarget,
  metricSeries,
  STREAK_TO_FLAG,
  teamMedian,
  type SeriesPoint,
} from './trends';

/**
 * Topics the numbers suggest for a 1:1 (issue 10): a metric that missed its target two periods in
 * a row, one that moved sharply the wrong way, and one that improved in a way worth recognising.
 *
 * Only whole periods count: a period still under way is left out, its number is not final. Only
 * recent news counts: the newest value must be for one of the last two periods that have ended
 * (a monthly export often arrives a few days into the next month). Archived metrics suggest
 * nothing. "Worse" and "better" follow the metric's direction, so a rise in a lower-is-better
 * metric (first response time) is the drop.
 */

/** The newest value must be for one of this many last ended periods to suggest anything. */
export const RECENT_PERIODS = 2;
/** The team's median is context only when at least this many people have a value in both periods. */
export const TEAM_CONTEXT_PEOPLE = 3;

export type KpiSignal = 'missed_target' | 'sharp_drop' | 'back_on_target' | 'improved';

export interface KpiSuggestion {
  /** Stable across builds of the same data: `kpi:<metricId>:<signal>:<period>`. */
  id: string;
  kind: KpiSignal;
  metricId: string;
  period: string;
  /** What the lead would say or ask. */
  text: string;
  /** For an improvement: what "Recognise now" is for; null for a problem. */
  recognise: { text: string } | null;
}

/** One metric's newest whole period against the period just before it. */
export interface KpiAssessment {
  last: SeriesPoint;
  /** The value of the period just before `last`; null when that period has none. */
  previous: SeriesPoint | null;
  change: number | null;
  relativeChange: number | null;
  better: boolean | null;
  meetsTarget: boolean | null;
  /** Periods in a row, ending with `last`, that missed the target (0 when met or no target). */
  streak: number;
  /** The strongest signal, if any: a missed streak, then a sharp drop, then an improvement. */
  signal: KpiSignal | null;
}

/** A person's values of a metric in whole periods (ended by `today`), oldest first. */
export function endedSeries(
  values: readonly KpiValue[],
  metric: Pick<MetricDefinition, 'id' | 'period'>,
  today: string,
): SeriesPoint[] {
  const lastEnded = lastEndedPeriod(today, metric.period);
  return metricSeries(values, metric).filter((p) => p.period <= lastEnded);
}

/** True when `key` is one of the last `RECENT_PERIODS` periods that have ended by `today`. */
export function isRecentPeriod(key: string, today: string): boolean {
  let oldest = lastEndedPeriod(today, periodOfKey(key));
  for (let i = 1; i < RECENT_PERIODS; i += 1) oldest = previousPeriod(oldest);
  return key >= oldest;
}

const isSharp = (relativeChange: number | null, ratio: number) =>
  relativeChange !== null && Math.abs(relativeChange) >= ratio - 1e-9;

/** The newest value of a series against the period before it; null for an empty series. */
export function assessMetric(
  series: readonly SeriesPoint[],
  metric: Pick<MetricDefinition, 'direction' | 'target'>,
  sharpDropRatio: number,
): KpiAssessment | null {
  const last = series.at(-1);
  if (!last) return null;
  const before = series.at(-2);
  const previous = before && before.period === previousPeriod(last.period) ? before : null;
  const pair = lastAgainstPrevious(previous ? [previous, last] : [last], metric);
  const meets = meetsTarget(last.value, metric);
  const streak = belowTargetStreak(series, metric);
  const previousMissed = previous !== null && meetsTarget(previous.value, metric) === false;
  let signal: KpiSignal | null = null;
  if (streak >= STREAK_TO_FLAG) signal = 'missed_target';
  else if (pair.better === false && isSharp(pair.relativeChange, sharpDropRatio))
    signal = 'sharp_drop';
  else if (meets === true && previousMissed) signal = 'back_on_target';
  else if (pair.better === true && isSharp(pair.relativeChange, sharpDropRatio))
    signal = 'improved';
  return {
    last,
    previous,
    change: pair.change,
    relativeChange: pair.relativeChange,
    better: pair.better,
    meetsTarget: meets,
    streak,
    signal,
  };
}

export interface KpiSuggestionInput {
  /** The person's values. */
  values: readonly KpiValue[];
  metrics: readonly MetricDefinition[];
  /** Everyone's values (the person's too), for the team's median as context. */
  teamValues: readonly (readonly KpiValue[])[];
  /** team.json `kpis.preferences.sharpDropRatio`. */
  sharpDropRatio: number;
  /** The lead's local date. */
  today: string;
}

const percent = (ratio: number) => `${Math.round(Math.abs(ratio) * 100)} %`;
const periodWord = (metric: MetricDefinition, n: number) =>
  `${n} ${metric.period}${n === 1 ? '' : 's'}`;

function teamMovedToo(
  metric: MetricDefinition,
  a: KpiAssessment,
  teamValues: KpiSuggestionInput['teamValues'],
  ratio: number,
): string {
  if (!a.previous) return '';
  const withBoth = teamValues.filter(
    (values) =>
      values.some((v) => v.metricId === metric.id && v.period === a.last.period) &&
      values.some((v) => v.metricId === metric.id && v.period === a.previous!.period),
  );
  if (withBoth.length < TEAM_CONTEXT_PEOPLE) return '';
  const before = teamMedian(withBoth, metric.id, a.previous.period)!;
  const after = teamMedian(withBoth, metric.id, a.last.period)!;
  const team = lastAgainstPrevious(
    [
      { period: a.previous.period, value: before },
      { period: a.last.period, value: after },
    ],
    metric,
  );
  if (team.better !== false || !isSharp(team.relativeChange, ratio)) return '';
  const show = (v: number) => formatKpiValue(v, metric.unit, { scaleMax: metric.scaleMax });
  return ` The team's median moved the same way (${show(before)} to ${show(after)}): ask about the queue too.`;
}

function suggestionFor(
  metric: MetricDefinition,
  a: KpiAssessment,
  input: KpiSuggestionInput,
): KpiSuggestion | null {
  if (a.signal === null) return null;
  const show = (v: number) => formatKpiValue(v, metric.unit, { scaleMax: metric.scaleMax });
  const label = periodLabel(a.last.period);
  const from = a.previous ? show(a.previous.value) : '';
  const to = show(a.last.value);
  const previousLabel = a.previous ? periodLabel(a.previous.period) : '';
  const verb = (a.change ?? 0) < 0 ? 'fell' : 'rose';
  const base = { metricId: metric.id, period: a.last.period };
  const id = `kpi:${metric.id}:${a.signal}:${a.last.period}`;
  switch (a.signal) {
    case 'missed_target':
      return {
        ...base,
        id,
        kind: a.signal,
        text: `${metric.name} missed its target ${periodWord(metric, a.streak)} in a row: ${to} in ${label}, target ${show(metric.target!)}. What is getting in the way?`,
        recognise: null,
      };
    case 'sharp_drop':
      return {
        ...base,
        id,
        kind: a.signal,
        text: `${metric.name} ${verb} from ${from} to ${to} in ${label}, ${percent(a.relativeChange!)} worse than ${previousLabel}. Ask what changed.${teamMovedToo(metric, a, input.teamValues, input.sharpDropRatio)}`,
        recognise: null,
      };
    case 'back_on_target':
      return {
        ...base,
        id,
        kind: a.signal,
        text: `${metric.name} is back on target: ${to} in ${label} after ${from} in ${previousLabel} (target ${show(metric.target!)}). Recognise it.`,
        recognise: { text: `${metric.name} back on target: ${to} in ${label}` },
      };
    case 'improved':
      return {
        ...base,
        id,
        kind: a.signal,
        text: `${metric.name} ${verb} from ${from} to ${to} in ${label}, ${percent(a.relativeChange!)} better than ${previousLabel}. Recognise the progress.`,
        recognise: {
          text: `${metric.name} ${percent(a.relativeChange!)} better in ${label}: ${from} to ${to}`,
        },
      };
  }
}

const PROBLEMS: readonly KpiSignal[] = ['missed_target', 'sharp_drop'];

/**
 * The KPI topics for a person's next 1:1: problems first (in the team's metric order), then
 * improvements to recognise. At most one topic per metric, its strongest signal.
 */
export function kpiSuggestions(input: KpiSuggestionInput): KpiSuggestion[] {
  const out: KpiSuggestion[] = [];
  for (const metric of input.metrics) {
    if (metric.archived) continue;
    const series = endedSeries(input.values, metric, input.today);
    const assessment = assessMetric(series, metric, input.sharpDropRatio);
    if (!assessment || !isRecentPeriod(assessment.last.period, input.today)) continue;
    const suggestion = suggestionFor(metric, assessment, input);
    if (suggestion) out.push(suggestion);
  }
  const problem = (s: KpiSuggestion) => (PROBLEMS.includes(s.kind) ? 0 : 1);
  return out.sort((a, b) => problem(a) - problem(b));
}
