import type { KpiValue, MetricDefinition } from '../../model/kpis';
import { periodOfKey, previousPeriod } from './periods';

/**
 * Trend rules over one person's values of one metric: the series in period order, the last
 * value against the one before, how many periods in a row missed the target, the team median.
 */

export interface SeriesPoint {
  period: string;
  value: number;
}

/** Missing the target this many periods in a row makes a metric stand out. */
export const STREAK_TO_FLAG = 2;

/**
 * A person's values of a metric, oldest period first. Only periods of the metric's current kind
 * count (a metric moved from weeks to months keeps its weekly values, but they are not its trend).
 */
export function metricSeries(
  values: readonly KpiValue[],
  metric: Pick<MetricDefinition, 'id' | 'period'>,
): SeriesPoint[] {
  return values
    .filter((v) => v.metricId === metric.id && periodOfKey(v.period) === metric.period)
    .map((v) => ({ period: v.period, value: v.value }))
    .sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
}

/** The series laid over `periods` (oldest first): null where the person has no value. */
export function seriesOver(series: readonly SeriesPoint[], periods: readonly string[]) {
  const byPeriod = new Map(series.map((p) => [p.period, p.value]));
  return periods.map((period) => ({ period, value: byPeriod.get(period) ?? null }));
}

export interface LastAgainstPrevious {
  last: SeriesPoint | null;
  previous: SeriesPoint | null;
  /** last − previous in stored units; null without both. */
  change: number | null;
  /** The change as a share of the previous value (−0.2 for a 20 % drop); null when previous is 0. */
  relativeChange: number | null;
  /** True when the change is for the better given the metric's direction; null when no change. */
  better: boolean | null;
}

/**
 * The newest value against the one before it in the series (the period before, or the latest
 * earlier period that has a value when some are missing).
 */
export function lastAgainstPrevious(
  series: readonly SeriesPoint[],
  metric: Pick<MetricDefinition, 'direction'>,
): LastAgainstPrevious {
  const last = series.at(-1) ?? null;
  const previous = series.length >= 2 ? series.at(-2)! : null;
  if (last === null || previous === null) {
    return { last, previous, change: null, relativeChange: null, better: null };
  }
  const change = last.value - previous.value;
  const relativeChange = previous.value === 0 ? null : change / Math.abs(previous.value);
  const better = change === 0 ? null : metric.direction === 'higher' ? change > 0 : change < 0;
  return { last, previous, change, relativeChange, better };
}

/** Whether a value meets the metric's target (at it counts as met); null when there is none. */
export function meetsTarget(
  value: number,
  metric: Pick<MetricDefinition, 'target' | 'direction'>,
): boolean | null {
  if (metric.target === null) return null;
  return metric.direction === 'higher' ? value >= metric.target : value <= metric.target;
}

/**
 * How many periods in a row, ending with the newest value, missed the target ("below target",
 * which for a lower-is-better metric means above it). A period without a value ends the run, so
 * W44 and W47 missed are not "two in a row". 0 when the newest value met the target or there is
 * no target.
 */
export function belowTargetStreak(
  series: readonly SeriesPoint[],
  metric: Pick<MetricDefinition, 'target' | 'direction'>,
): number {
  let streak = 0;
  let expected: string | null = null;
  for (let i = series.length - 1; i >= 0; i -= 1) {
    const point = series[i]!;
    if (expected !== null && point.period !== expected) break;
    if (meetsTarget(point.value, metric) !== false) break;
    streak += 1;
    expected = previousPeriod(point.period);
  }
  return streak;
}

/** The median of numbers; null for none. */
export function median(numbers: readonly number[]): number | null {
  if (numbers.length === 0) return null;
  const sorted = [...numbers].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The median of the team's values of a metric in a period; people without one do not count. */
export function teamMedian(
  valuesOfPeople: readonly (readonly KpiValue[])[],
  metricId: string,
  period: string,
): number | null {
  const numbers: number[] = [];
  for (const values of valuesOfPeople) {
    const found = values.find((v) => v.metricId === metricId && v.period === period);
    if (found) numbers.push(found.value);
  }
  return median(numbers);
}
