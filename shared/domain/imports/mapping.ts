import type { ColumnMapping, MetricDefinition } from '../../model/kpis';
import { columnReader, describeReading, readCell } from './cells';
import { COUNT_ROWS } from './count-rows';

/**
 * Checks a column mapping against the file's headings and the team's metrics. Answers a message
 * per field (`mapping.date`, `mapping.metrics.2.metricId`), empty when the mapping can be used.
 */
export function checkMapping(
  mapping: ColumnMapping,
  headers: readonly string[],
  metrics: readonly MetricDefinition[],
): Record<string, string> {
  const errors: Record<string, string> = {};
  const has = (column: string) => headers.includes(column);
  const missing = (column: string) => `The column "${column}" is not in this file.`;
  if (mapping.email === null && mapping.name === null) {
    errors['mapping.name'] = 'Choose the column with the person\u2019s name or email.';
  }
  if (mapping.email !== null && !has(mapping.email))
    errors['mapping.email'] = missing(mapping.email);
  if (mapping.name !== null && !has(mapping.name)) errors['mapping.name'] = missing(mapping.name);
  if (mapping.date === null)
    errors['mapping.date'] = 'Choose the column with the date of each row.';
  else if (!has(mapping.date)) errors['mapping.date'] = missing(mapping.date);
  if (mapping.metrics.length === 0)
    errors['mapping.metrics'] = 'Map at least one column to a metric.';
  const seen = new Set<string>();
  mapping.metrics.forEach(({ metricId, column }, i) => {
    const at = `mapping.metrics.${i}`;
    const metric = metrics.find((m) => m.id === metricId);
    if (!metric) {
      errors[`${at}.metricId`] =
        `There is no metric "${metricId}" on your team. Choose one of your metrics.`;
      return;
    }
    if (metric.archived) {
      errors[`${at}.metricId`] =
        `${metric.name} is archived. Restore it on the KPIs page to import into it.`;
    } else if (seen.has(metricId)) {
      errors[`${at}.metricId`] = `${metric.name} is mapped twice. Keep one column for it.`;
    }
    seen.add(metricId);
    if (column === COUNT_ROWS) {
      if (metric.unit !== 'count') {
        errors[`${at}.column`] =
          `Counting rows fits a count such as tickets solved, not ${metric.name}.`;
      }
    } else if (!has(column)) {
      errors[`${at}.column`] = missing(column);
    }
  });
  return errors;
}

export interface ColumnSample {
  metricId: string;
  column: string;
  cells: { raw: string; shown: string; ok: boolean }[];
}

/** The first rows' cells of each mapped metric, with what Coachbook reads in them. */
export function sampleColumns(
  mapping: ColumnMapping,
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  metrics: readonly MetricDefinition[],
  decimalComma: boolean,
): ColumnSample[] {
  const samples: ColumnSample[] = [];
  for (const { metricId, column } of mapping.metrics) {
    const metric = metrics.find((m) => m.id === metricId);
    const index = headers.indexOf(column);
    if (!metric || (index < 0 && column !== COUNT_ROWS)) continue;
    const raws = rows.map((row) => (index < 0 ? '' : (row[index] ?? '')));
    const reader = columnReader(metric, column, raws, decimalComma);
    samples.push({
      metricId,
      column,
      cells: raws.map((raw) => {
        const reading = readCell(reader, raw);
        return { raw, shown: describeReading(reader, reading), ok: reading.kind !== 'error' };
      }),
    });
  }
  return samples;
}
