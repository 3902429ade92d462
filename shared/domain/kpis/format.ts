import type { MetricUnit } from '../../model/kpis';
import { formatDuration, formatDurationInput } from './durations';
import { trimDecimals } from './numbers';

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/**
 * A stored value as a lead reads it:
 * - percent: the ratio as a percentage with at most one decimal, `92 %`, `92.5 %`;
 * - duration: see `formatDuration` (`45 s`, `12 min`, `1 h 05 min`, `2 d 3 h`);
 * - count: grouped thousands with at most one decimal, `1,234`;
 * - score: at most two decimals, with its scale when the metric has one, `4.6/5`, `85/100`.
 */
export function formatKpiValue(
  value: number,
  unit: MetricUnit,
  options: { scaleMax?: number | null } = {},
): string {
  switch (unit) {
    case 'percent':
      return `${trimDecimals(value * 100, 1)} %`;
    case 'duration':
      return formatDuration(value);
    case 'count':
      return grouped.format(value);
    case 'score': {
      const scaleMax = options.scaleMax ?? null;
      const shown = trimDecimals(value, 2);
      return scaleMax === null ? shown : `${shown}/${trimDecimals(scaleMax, 2)}`;
    }
  }
}

/**
 * A change between two stored values, signed, in the metric's unit: `+3 %` (percentage points),
 * `−12 min`, `+4`, `−0.2`.
 */
export function formatKpiChange(change: number, unit: MetricUnit): string {
  const sign = change > 0 ? '+' : change < 0 ? '\u2212' : '±';
  const size = Math.abs(change);
  const body =
    unit === 'score' ? trimDecimals(size, 2) : formatKpiValue(size, unit, { scaleMax: null });
  return `${sign}${body}`;
}

/**
 * A stored value as the text of an editable cell, which `parseKpiValue` reads back to the same
 * value: `92.5 %` (the sign keeps 1 % from being read as a ratio of 1), `1 h 5 min`
 * (to the second), `1234` (no grouping, so a decimal comma setting cannot misread it), `4.6`.
 */
export function formatKpiInput(value: number, unit: MetricUnit): string {
  switch (unit) {
    case 'percent':
      return `${trimDecimals(value * 100, 4)} %`;
    case 'duration':
      return formatDurationInput(value);
    case 'count':
    case 'score':
      return trimDecimals(value, 4);
  }
}
