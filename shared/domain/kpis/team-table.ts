import type { KpiValue, MetricDefinition } from '../../model/kpis';
import { isFuturePeriod, lastEndedPeriod, periodKeyOf, periodsEndingWith } from './periods';
import {
  STREAK_TO_FLAG,
  belowTargetStreak,
  lastAgainstPrevious,
  meetsTarget,
  metricSeries,
  seriesOver,
  teamMedian,
  type SeriesPoint,
} from './trends';

/**
 * The team table and a person's trends, built from the people's values: pure, so the backend
 * builds them and the tests check them without files.
 */

export interface PersonValues {
  personId: string;
  name: string;
  values: readonly KpiValue[];
}

export interface MetricTrend {
  /** The newest value and the one before it (the latest earlier period with one). */
  last: SeriesPoint | null;
  previous: SeriesPoint | null;
  change: number | null;
  relativeChange: number | null;
  /** The change is for the better given the metric's direction; null when there is none. */
  better: boolean | null;
  /** Whether the newest value meets the target; null without a value or a target. */
  meetsTarget: boolean | null;
  /** Periods in a row, ending with the newest value, that missed the target. */
  streak: number;
  /** Missed the target at least two periods in a row. */
  flagged: boolean;
}

export interface TeamTableRow extends MetricTrend {
  personId: string;
  name: string;
  /** One point per period of the table's window, null where the person has no value. */
  points: (number | null)[];
}

export interface TeamTableMetric {
  metric: MetricDefinition;
  /** The window the sparklines cover, oldest first; it ends with the table's period. */
  periods: string[];
  /** The median of everyone's value in the window's last period; null when nobody has one. */
  teamMedian: number | null;
  rows: TeamTableRow[];
}

/** How a series stands against its target and its previous value. */
export function metricTrend(
  series: readonly SeriesPoint[],
  metric: Pick<MetricDefinition, 'direction' | 'target'>,
): MetricTrend {
  const compared = lastAgainstPrevious(series, metric);
  const streak = belowTargetStreak(series, metric);
  return {
    ...compared,
    meetsTarget: compared.last ? meetsTarget(compared.last.value, metric) : null,
    streak,
    flagged: streak >= STREAK_TO_FLAG,
  };
}

/**
 * The last period a table of this metric shows: the newest period anyone has a value for, but
 * not a period that has not started; the last ended period when there is nothing newer.
 */
export function tableEndPeriod(
  metric: Pick<MetricDefinition, 'id' | 'period'>,
  people: readonly PersonValues[],
  today: string,
): string {
  let end = lastEndedPeriod(today, metric.period);
  const current = periodKeyOf(today, metric.period);
  for (const person of people) {
    const newest = metricSeries(person.values, metric).at(-1);
    if (newest && newest.period > end && newest.period <= current) end = newest.period;
  }
  return end;
}

/** Per metric: each person's trend with sparkline points over `count` periods, and the median. */
export function buildTeamTable(
  metrics: readonly MetricDefinition[],
  people: readonly PersonValues[],
  today: string,
  count: number,
): TeamTableMetric[] {
  return metrics.map((metric) => {
    const periods = periodsEndingWith(tableEndPeriod(metric, people, today), count);
    const rows = people.map((person) => {
      const series = metricSeries(person.values, metric).filter(
        (p) => !isFuturePeriod(p.period, today),
      );
      return {
        personId: person.personId,
        name: person.name,
        points: seriesOver(series, periods).map((p) => p.value),
        ...metricTrend(series, metric),
      };
    });
    const median = teamMedian(
      people.map((p) => p.values),
      metric.id,
      periods.at(-1)!,
    );
    return { metric, periods, teamMedian: median, rows };
  });
}
