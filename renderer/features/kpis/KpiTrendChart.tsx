import { periodShortLabel } from '../../../shared/domain/kpis/periods';
import type { MetricDefinition } from '../../../shared/model/kpis';
import { LineChart } from '../../components/LazyCharts';
import { showValue, targetText } from './TrendBits';

interface KpiTrendChartProps {
  metric: MetricDefinition;
  series: { period: string; value: number }[];
}

/**
 * One metric over time against its target (a dashed reference line). Values stay in stored
 * units; the axis and tooltip show them as the lead reads them (`92 %`, `1 h 05 min`).
 */
export function KpiTrendChart({ metric, series }: KpiTrendChartProps) {
  const data = series.map((p) => ({ period: periodShortLabel(p.period), value: p.value }));
  const described = series.map(
    (p) => `${periodShortLabel(p.period)} ${showValue(p.value, metric)}`,
  );
  return (
    <div
      role="img"
      aria-label={`${metric.name} over ${series.length} periods: ${described.join(', ')}. ${targetText(metric)}.`}
    >
      <LineChart
        h={170}
        data={data}
        dataKey="period"
        series={[{ name: 'value', label: metric.name, color: 'blue.6' }]}
        valueFormatter={(v) => showValue(v, metric)}
        // The values' own range (and the target, which extends it): a 0 baseline flattens a trend.
        yAxisProps={{ width: 72, domain: ['auto', 'auto'] }}
        curveType="linear"
        withDots
        referenceLines={
          metric.target === null
            ? []
            : [
                {
                  y: metric.target,
                  label: targetText(metric),
                  color: 'orange.6',
                  strokeDasharray: '6 4',
                  ifOverflow: 'extendDomain',
                },
              ]
        }
      />
    </div>
  );
}
