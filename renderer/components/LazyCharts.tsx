import type { BarChartProps, LineChartProps, SparklineProps } from '@mantine/charts';
import { lazy, Suspense } from 'react';
import { PageLoading } from './PageLoading';

// recharts is the largest library in the app: only the screens that draw a chart load it.
const LazyLine = lazy(() => import('./charts').then((m) => ({ default: m.LineChart })));
const LazyBar = lazy(() => import('./charts').then((m) => ({ default: m.BarChart })));
const LazySparkline = lazy(() => import('./charts').then((m) => ({ default: m.Sparkline })));

/** Keeps the chart's height while it loads, so the page does not jump. */
function ChartLoading({ h }: { h: LineChartProps['h'] }) {
  return (
    <div style={{ height: typeof h === 'number' ? h : undefined }}>
      <PageLoading label="Loading the chart…" />
    </div>
  );
}

/** Mantine's LineChart, loaded on first use. */
export function LineChart(props: LineChartProps) {
  return (
    <Suspense fallback={<ChartLoading h={props.h} />}>
      <LazyLine {...props} />
    </Suspense>
  );
}

/** Mantine's BarChart, loaded on first use. */
export function BarChart(props: BarChartProps) {
  return (
    <Suspense fallback={<ChartLoading h={props.h} />}>
      <LazyBar {...props} />
    </Suspense>
  );
}

/** Mantine's Sparkline, loaded on first use; keeps its size (and draws nothing) while loading. */
export function Sparkline(props: SparklineProps) {
  return (
    <Suspense
      fallback={<div style={{ height: typeof props.h === 'number' ? props.h : undefined }} />}
    >
      <LazySparkline {...props} />
    </Suspense>
  );
}
