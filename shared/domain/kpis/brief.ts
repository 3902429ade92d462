import type { MetricDefinition, MetricDirection, MetricUnit } from '../../model/kpis';
import { timestampToLocalDate } from '../local-time';
import { formatKpiChange, formatKpiValue } from './format';
import { lastEndedPeriod, periodBounds, periodLabel } from './periods';
import {
  assessMetric,
  endedSeries,
  kpiSuggestions,
  type KpiSignal,
  type KpiSuggestion,
  type KpiSuggestionInput,
} from './suggestions';
import { teamMedian } from './trends';

/** One metric in the brief: its newest whole period, the change on the period before, the target. */
export interface KpiBriefRow {
  metricId: string;
  name: string;
  unit: MetricUnit;
  direction: MetricDirection;
  period: string;
  periodLabel: string;
  value: number;
  valueText: string;
  /** The period just before, when it has a value. */
  previous: { period: string; periodLabel: string; value: number; valueText: string } | null;
  change: number | null;
  /** Signed, in the metric's unit: `+3 %`, `−12 min`. */
  changeText: string | null;
  relativeChange: number | null;
  /** True when the change is for the better given the direction; null when there is none. */
  better: boolean | null;
  targetText: string | null;
  /** Null when the metric has no target. */
  meetsTarget: boolean | null;
  /** Periods in a row, ending with this one, that missed the target. */
  belowTargetStreak: number;
  /** The team's median in the same period (everyone with a value, the person too). */
  teamMedian: { valueText: string; people: number } | null;
  /** The period ended, or the value was recorded, after the last 1:1 (always true before the first). */
  isNew: boolean;
  /** The last period that has ended has no value: the number shown is older. */
  latestEnded: string;
  stale: boolean;
  signal: KpiSignal | null;
  fromImport: boolean;
}

/** The KPI part of a 1:1 brief (`Brief.kpis`). */
export interface KpiBrief {
  rows: KpiBriefRow[];
  suggestions: KpiSuggestion[];
}

export interface KpiBriefInput extends KpiSuggestionInput {
  /** The local date of the last held 1:1; null before the first. */
  since: string | null;
}

export const emptyKpiBrief = (): KpiBrief => ({ rows: [], suggestions: [] });

function rowFor(metric: MetricDefinition, input: KpiBriefInput): KpiBriefRow | null {
  const series = endedSeries(input.values, metric, input.today);
  const a = assessMetric(series, metric, input.sharpDropRatio);
  if (!a) return null;
  const show = (v: number) => formatKpiValue(v, metric.unit, { scaleMax: metric.scaleMax });
  const stored = input.values.find((v) => v.metricId === metric.id && v.period === a.last.period)!;
  const latestEnded = lastEndedPeriod(input.today, metric.period);
  const people = input.teamValues.filter((values) =>
    values.some((v) => v.metricId === metric.id && v.period === a.last.period),
  ).length;
  const median = teamMedian(input.teamValues, metric.id, a.last.period);
  const since = input.since;
  return {
    metricId: metric.id,
    name: metric.name,
    unit: metric.unit,
    direction: metric.direction,
    period: a.last.period,
    periodLabel: periodLabel(a.last.period),
    value: a.last.value,
    valueText: show(a.last.value),
    previous: a.previous && {
      period: a.previous.period,
      periodLabel: periodLabel(a.previous.period),
      value: a.previous.value,
      valueText: show(a.previous.value),
    },
    change: a.change,
    changeText: a.change === null ? null : formatKpiChange(a.change, metric.unit),
    relativeChange: a.relativeChange,
    better: a.better,
    targetText: metric.target === null ? null : show(metric.target),
    meetsTarget: a.meetsTarget,
    belowTargetStreak: a.streak,
    teamMedian: median === null ? null : { valueText: show(median), people },
    isNew:
      since === null ||
      periodBounds(a.last.period).end >= since ||
      timestampToLocalDate(stored.recordedAt) >= since,
    latestEnded,
    stale: a.last.period < latestEnded,
    signal: a.signal,
    fromImport: stored.source.kind === 'import',
  };
}

/**
 * KPIs for the brief: each metric in play (not archived) with a value in a whole period, in the
 * team's metric order, and the topics the numbers suggest (`kpiSuggestions`).
 */
export function buildKpiBrief(input: KpiBriefInput): KpiBrief {
  const rows = input.metrics
    .filter((m) => !m.archived)
    .map((m) => rowFor(m, input))
    .filter((row): row is KpiBriefRow => row !== null);
  return { rows, suggestions: kpiSuggestions(input) };
}
