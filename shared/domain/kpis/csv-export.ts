import Papa from 'papaparse';
import type { ImportRecord, KpiValue, MetricDefinition, ValueSource } from '../../model/kpis';
import { safeFileStem } from '../file-names';
import { timestampToLocalDate } from '../local-time';
import { formatKpiValue } from './format';
import { periodBounds, periodLabel } from './periods';
import { meetsTarget } from './trends';

/**
 * KPI values as a CSV file a spreadsheet opens: one row per person, metric and period. PapaParse
 * writes it (quotes around commas, quotes and line breaks). A text cell that starts like a
 * formula (`=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading `'`, so a name or file
 * name cannot run as a formula when the file is opened (CSV injection). Numbers stay numbers.
 * The file starts with a byte-order mark, which Excel needs to read UTF-8.
 */

export const KPI_CSV_COLUMNS = [
  'Person',
  'Email',
  'Metric',
  'Unit',
  'Period',
  'Period label',
  'From',
  'To',
  'Value',
  'Stored value',
  'Target',
  'Target met',
  'Source',
  'Recorded on',
] as const;

/** A text cell that a spreadsheet would run as a formula, anywhere in a multi-line text too. */
export const FORMULA_START = /^[=+\-@\t\r]/;

export interface KpiCsvPerson {
  name: string;
  email: string;
  values: readonly KpiValue[];
}

/** Where a value came from, as an export says it: `Typed`, `Imported from zendesk-nov.csv`. */
export function kpiSourceText(source: ValueSource, imports: readonly ImportRecord[]): string {
  if (source.kind === 'typed') return 'Typed';
  const record = imports.find((i) => i.id === source.importId);
  return record ? `Imported from ${record.fileName}` : 'Imported';
}

/**
 * Every value of `people` in metrics the team defines (archived ones too: they are still the
 * person's numbers), sorted by person, then the team's metric order, then period. "Stored value"
 * is in stored units: a ratio for a percentage (0.925), seconds for a duration.
 */
export function kpiValuesCsv(
  people: readonly KpiCsvPerson[],
  metrics: readonly MetricDefinition[],
  imports: readonly ImportRecord[],
): string {
  const order = new Map(metrics.map((m, i) => [m.id, i]));
  const sortedPeople = [...people].sort((a, b) => a.name.localeCompare(b.name));
  const rows: (string | number)[][] = [];
  for (const person of sortedPeople) {
    const values = person.values
      .filter((v) => order.has(v.metricId))
      .sort(
        (a, b) =>
          order.get(a.metricId)! - order.get(b.metricId)! || a.period.localeCompare(b.period),
      );
    for (const v of values) {
      const metric = metrics[order.get(v.metricId)!]!;
      const show = (n: number) => formatKpiValue(n, metric.unit, { scaleMax: metric.scaleMax });
      const { start, end } = periodBounds(v.period);
      const met = meetsTarget(v.value, metric);
      rows.push([
        person.name,
        person.email,
        metric.name,
        metric.unit,
        v.period,
        periodLabel(v.period),
        start,
        end,
        show(v.value),
        v.value,
        metric.target === null ? '' : show(metric.target),
        met === null ? '' : met ? 'yes' : 'no',
        kpiSourceText(v.source, imports),
        timestampToLocalDate(v.recordedAt),
      ]);
    }
  }
  const body = Papa.unparse(
    { fields: [...KPI_CSV_COLUMNS], data: rows },
    { escapeFormulae: FORMULA_START, newline: '\r\n' },
  );
  // The byte-order mark tells Excel the file is UTF-8, so names like Zoë or 王小明 survive; every
  // row ends with a line break, the last one too.
  return `\uFEFF${body.endsWith('\r\n') ? body : `${body}\r\n`}`;
}

/** `kpis-2026-11-18.csv` for the team, `josé-núñez-kpis-2026-11-18.csv` for one person. */
export function kpiCsvFileName(personName: string | null, date: string): string {
  return personName === null
    ? `kpis-${date}.csv`
    : `${safeFileStem(personName, 'person')}-kpis-${date}.csv`;
}
