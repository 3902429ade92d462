import { BarChart } from '../../components/LazyCharts';
import { Text } from '@mantine/core';
import { SectionCard } from '../../components/SectionCard';
import type { SpreadBar } from '../../../shared/model/balance';

/** How recognition is spread across the team over 90 days, the last 30 days darker. */
export function SpreadChart({ spread }: { spread: SpreadBar[] }) {
  const data = spread.map((s) => ({ name: s.name, recent: s.recent, earlier: s.earlier }));
  return (
    <SectionCard title="How recognition is spread">
      <Text size="sm" c="dimmed" mb="sm">
        Recognition per person over the last 90 days. An even spread matters as much as the total.
      </Text>
      <BarChart
        h={Math.max(160, spread.length * 36 + 60)}
        data={data}
        dataKey="name"
        orientation="vertical"
        type="stacked"
        withLegend
        legendProps={{ verticalAlign: 'bottom' }}
        yAxisProps={{ width: 130 }}
        xAxisProps={{ allowDecimals: false }}
        gridAxis="x"
        // Redrawn on every refetch; an animation each time would be noise.
        barProps={{ isAnimationActive: false }}
        aria-label="Recognition per person over the last 90 days"
        series={[
          { name: 'recent', label: 'Last 30 days', color: 'teal.6' },
          { name: 'earlier', label: '31 to 90 days ago', color: 'teal.3' },
        ]}
      />
    </SectionCard>
  );
}
