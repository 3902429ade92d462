import { LineChart } from '../../components/LazyCharts';
import { Text } from '@mantine/core';
import { format, parseISO } from 'date-fns';
import type { MoodPoint } from '../../../shared/model/brief';

/** Mood and energy over the last 1:1s, 1 to 5. */
export function MoodTrend({ points }: { points: MoodPoint[] }) {
  if (points.length === 0)
    return (
      <Text c="dimmed" size="sm">
        No mood recorded yet. Record it at the end of each 1:1.
      </Text>
    );
  const data = points.map((p) => ({ date: format(parseISO(p.date), 'd MMM'), Mood: p.score }));
  return (
    <div
      role="img"
      aria-label={`Mood over the last ${points.length} 1:1s: ${points.map((p) => p.score).join(', ')}`}
    >
      <LineChart
        h={160}
        data={data}
        dataKey="date"
        series={[{ name: 'Mood', color: 'teal.6' }]}
        yAxisProps={{ domain: [1, 5], ticks: [1, 2, 3, 4, 5], interval: 0 }}
        curveType="monotone"
        withDots
        withTooltip={false}
      />
    </div>
  );
}
