import type { KpiValue, MetricDefinition } from '../../model/kpis';
import { isFuturePeriod } from './periods';
import { metricTrend, type MetricTrend } from './team-table';
import { metricSeries, teamMedian } from './trends';

export interface PersonMetricTrend {
  metric: MetricDefinition;
  /** The person's values of the metric, oldest first, up to the current period. */
  series: { period: string; value: number }[];
  trend: MetricTrend;
  /** The team's median in the period of the person's newest value; null without one. */
  teamMedian: number | null;
}

/**
 * A person's trend in every metric that is in use (archived metrics only when the person has
 * values in them, so their history stays readable).
 */
export function buildPersonTrends(
  metrics: readonly MetricDefinition[],
  values: readonly KpiValue[],
  team: readonly (readonly KpiValue[])[],
  today: string,
): PersonMetricTrend[] {
  const trends: PersonMetricTrend[] = [];
  for (const metric of metrics) {
    const series = metricSeries(values, metric).filter((p) => !isFuturePeriod(p.period, today));
    if (metric.archived && series.length === 0) continue;
    const last = series.at(-1);
    trends.push({
      metric,
      series,
      trend: metricTrend(series, metric),
      teamMedian: last ? teamMedian(team, metric.id, last.period) : null,
    });
  }
  return trends;
}
