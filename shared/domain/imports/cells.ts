import type { MetricDefinition } from '../../model/kpis';
import { formatKpiValue } from '../kpis/format';
import { parseKpiValue, parseSatisfaction, type BareDurationUnit } from '../kpis/values';
import { COUNT_ROWS } from './count-rows';

/**
 * How one mapped column is read for its metric:
 * - `values`: each cell is a number in the metric's unit (a ticket's reply time, an agent's
 *   weekly CSAT "92%"), combined by the metric's aggregation (a ratio of percentages by their mean);
 * - `ratings`: each cell is one satisfaction rating (1-5, good/bad); CSAT is positives / ratings;
 * - `flags`: each cell says yes or no (reopens "2", "true"); the rate is yes / rows;
 * - `rows`: the metric counts the rows (tickets solved, one row per ticket).
 */
export type ColumnMode = 'values' | 'ratings' | 'flags' | 'rows';

export interface ColumnReader {
  metric: MetricDefinition;
  column: string;
  mode: ColumnMode;
  /** How a bare number in a duration column is read, from its heading ("(min)", "in hrs"). */
  bareDurationUnit: BareDurationUnit;
  decimalComma: boolean;
}

export type CellReading =
  | { kind: 'value'; value: number }
  | { kind: 'flag'; positive: boolean }
  /** Nothing for this metric in this row (an unrated ticket): not an error, not counted. */
  | { kind: 'empty' }
  | { kind: 'error'; message: string };

/** Cells that mean "no value here" in exports: an unrated ticket, a dash. */
const NO_VALUE = new Set([
  '',
  '-',
  '\u2013',
  'n/a',
  'na',
  'none',
  'null',
  'offered',
  'unoffered',
  'not offered',
]);

/** The unit a heading gives bare duration numbers in; minutes when it says none. */
export function durationUnitOfHeader(header: string): BareDurationUnit {
  const h = header.toLowerCase();
  if (/\((s|sec|secs|seconds)\)|\bin (s|secs?|seconds)\b|\bseconds\b/.test(h)) return 'seconds';
  if (/\((h|hr|hrs|hours)\)|\bin (h|hrs?|hours)\b|\bhours\b/.test(h)) return 'hours';
  return 'minutes';
}

/** An aggregated percentage rather than one rating or flag: `92%`, `0.92`, `92,5 %`. */
const looksAggregated = (cell: string): boolean =>
  /%\s*$/.test(cell) || /^\s*0?[.,]\d+\s*$/.test(cell);

/**
 * The reader for a metric's column. A ratio metric's mode comes from its cells: percentages
 * mean rows already aggregated; else CSAT reads ratings and any other ratio reads yes/no flags.
 */
export function columnReader(
  metric: MetricDefinition,
  column: string,
  sampleCells: readonly string[],
  decimalComma: boolean,
): ColumnReader {
  const base = { metric, column, decimalComma, bareDurationUnit: durationUnitOfHeader(column) };
  if (column === COUNT_ROWS) return { ...base, mode: 'rows' };
  if (metric.aggregation !== 'ratio') return { ...base, mode: 'values' };
  const filled = sampleCells.filter((c) => !NO_VALUE.has(c.trim().toLowerCase()));
  if (filled.length > 0 && filled.every(looksAggregated)) return { ...base, mode: 'values' };
  return { ...base, mode: metric.builtIn === 'csat' ? 'ratings' : 'flags' };
}

const YES = new Set(['yes', 'y', 'true', 'x', 'reopened']);
const NO = new Set(['no', 'n', 'false', 'not reopened']);

export function readCell(reader: ColumnReader, raw: string | undefined): CellReading {
  if (reader.mode === 'rows') return { kind: 'value', value: 1 };
  const text = (raw ?? '').trim();
  const lower = text.toLowerCase();
  if (reader.mode === 'flags') {
    if (lower === '') return { kind: 'flag', positive: false };
    if (YES.has(lower)) return { kind: 'flag', positive: true };
    if (NO.has(lower)) return { kind: 'flag', positive: false };
    const count = parseKpiValue(text, 'count', { decimalComma: reader.decimalComma });
    return count.ok
      ? { kind: 'flag', positive: count.value > 0 }
      : { kind: 'error', message: `Use a number or yes/no, like 0 or 2.` };
  }
  if (NO_VALUE.has(lower)) return { kind: 'empty' };
  if (reader.mode === 'ratings') {
    const rating = parseSatisfaction(text);
    return rating.ok
      ? { kind: 'flag', positive: rating.positive }
      : { kind: 'error', message: rating.message };
  }
  const parsed = parseKpiValue(text, reader.metric.unit, {
    decimalComma: reader.decimalComma,
    scaleMax: reader.metric.scaleMax,
    bareDurationUnit: reader.bareDurationUnit,
  });
  return parsed.ok
    ? { kind: 'value', value: parsed.value }
    : { kind: 'error', message: parsed.message };
}

/** A reading as the preview shows it beside the raw cell: "1:05:00 → 1 h 05 min". */
export function describeReading(reader: ColumnReader, reading: CellReading): string {
  switch (reading.kind) {
    case 'value':
      return reader.mode === 'rows'
        ? 'counts as 1'
        : formatKpiValue(reading.value, reader.metric.unit, { scaleMax: reader.metric.scaleMax });
    case 'flag':
      if (reader.mode === 'ratings') return reading.positive ? 'positive rating' : 'not positive';
      return reading.positive ? 'yes' : 'no';
    case 'empty':
      return 'no value (not counted)';
    case 'error':
      return reading.message;
  }
}
