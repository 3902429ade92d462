import type { ColumnMapping, MetricDefinition, MetricPeriod } from '../../model/kpis';
import type { IncomingValue } from '../kpis/merge';
import { isFuturePeriod, periodKeyOf, periodLabel } from '../kpis/periods';
import { columnReader, readCell, type ColumnReader } from './cells';
import { COUNT_ROWS } from './count-rows';
import { rowLocalDate, type DateOrder } from './dates';
import { rowIdentity, type RowIdentity } from './matching';

/**
 * Turns the rows of an export into one value per person × metric × period, as each metric
 * defines it: its `period` (the row's local date bucketed into the lead's week or month) and its
 * `aggregation` (median, mean or sum of the cells; a ratio of positive ratings or yes flags to
 * all of them). Rows arrive in chunks (`addRow`); `finish` answers the values and what was
 * skipped and why. A wrong row is skipped whole and reported by its line; it never stops the rest.
 */

/** Where a row's person goes: a group of values (a person, or one to be added), or skipped. */
export type Resolution = { group: string } | { skip: 'unmatched' | 'skipped' };

export interface AggregateOptions {
  headers: readonly string[];
  mapping: ColumnMapping;
  metrics: readonly MetricDefinition[];
  decimalComma: boolean;
  /** How a slashed date that could be either is read (03/04/2026). */
  dateOrder?: DateOrder;
  /** The lead's local date: rows in a period that has not started are skipped. */
  today: string;
  /** The first data rows, to tell how ratio columns are written. */
  sampleRows: readonly (readonly string[])[];
  resolve: (identity: RowIdentity) => Resolution;
}

export interface WrongRow {
  line: number;
  reason: string;
}

export interface UnmatchedIdentity extends RowIdentity {
  rows: number;
}

export interface AggregateResult {
  /** Data rows read (blank lines not counted). */
  rows: number;
  /** Values per group (person id, or an identity to add as a new person). */
  groups: Map<string, IncomingValue[]>;
  /** Rows per group. */
  groupRows: Map<string, number>;
  wrongRows: WrongRow[];
  wrongRowCount: number;
  futureRowCount: number;
  unmatched: UnmatchedIdentity[];
  unmatchedRowCount: number;
  skippedPeopleRowCount: number;
}

/** Lists sent to the lead stay short; the counts stay exact. */
export const MAX_LISTED = 200;

interface Accumulator {
  values: number[];
  sum: number;
  positives: number;
  count: number;
}

export class ImportAggregator {
  private readonly readers: { reader: ColumnReader; index: number }[];
  private readonly emailIndex: number;
  private readonly nameIndex: number;
  private readonly dateIndex: number;
  private readonly cells = new Map<string, Map<string, Accumulator>>();
  private readonly groupRows = new Map<string, number>();
  private readonly unmatched = new Map<string, UnmatchedIdentity>();
  private rows = 0;
  private wrongRows: WrongRow[] = [];
  private wrongRowCount = 0;
  private futureRowCount = 0;
  private unmatchedRowCount = 0;
  private skippedPeopleRowCount = 0;

  constructor(private readonly options: AggregateOptions) {
    const { headers, mapping, metrics, sampleRows, decimalComma } = options;
    const at = (column: string | null) => (column === null ? -1 : headers.indexOf(column));
    this.emailIndex = at(mapping.email);
    this.nameIndex = at(mapping.name);
    this.dateIndex = at(mapping.date);
    this.readers = mapping.metrics.flatMap(({ metricId, column }) => {
      const metric = metrics.find((m) => m.id === metricId);
      if (!metric) return [];
      const index = column === COUNT_ROWS ? -1 : headers.indexOf(column);
      const samples = sampleRows.map((row) => (index < 0 ? '' : (row[index] ?? '')));
      return [{ reader: columnReader(metric, column, samples, decimalComma), index }];
    });
  }

  addRow(line: number, cells: readonly string[]): void {
    this.rows += 1;
    const width = this.options.headers.length;
    if (cells.length !== width) {
      this.wrong(line, `This row has ${cells.length} fields; the heading row has ${width}.`);
      return;
    }
    const whoKey = `${cells[this.emailIndex] ?? ''}\u0000${cells[this.nameIndex] ?? ''}`;
    let identity = this.identities.get(whoKey);
    if (identity === undefined) {
      identity = rowIdentity(cells[this.emailIndex], cells[this.nameIndex]);
      this.identities.set(whoKey, identity);
    }
    if (!identity) {
      this.wrong(line, 'This row has no name or email.');
      return;
    }
    const date = rowLocalDate(cells[this.dateIndex] ?? '', this.options.dateOrder);
    if (!date.ok) {
      this.wrong(line, date.message);
      return;
    }
    const readings: { reader: ColumnReader; period: string; value: number | boolean }[] = [];
    const problems: string[] = [];
    for (const { reader, index } of this.readers) {
      const period = this.periodOf(date.date, reader.metric.period);
      if (this.isFuture(period)) {
        this.futureRowCount += 1;
        this.wrong(line, `${periodLabel(period)} has not started yet, so this row was skipped.`);
        return;
      }
      const reading = readCell(reader, index < 0 ? '' : cells[index]);
      if (reading.kind === 'error') problems.push(`${reader.column}: ${reading.message}`);
      else if (reading.kind === 'value') readings.push({ reader, period, value: reading.value });
      else if (reading.kind === 'flag') readings.push({ reader, period, value: reading.positive });
    }
    if (problems.length > 0) {
      this.wrong(line, problems.join(' '));
      return;
    }
    let resolution = this.resolutions.get(identity.key);
    if (resolution === undefined) {
      resolution = this.options.resolve(identity);
      this.resolutions.set(identity.key, resolution);
    }
    if ('skip' in resolution) {
      if (resolution.skip === 'skipped') this.skippedPeopleRowCount += 1;
      else this.noteUnmatched(identity);
      return;
    }
    this.groupRows.set(resolution.group, (this.groupRows.get(resolution.group) ?? 0) + 1);
    let group = this.cells.get(resolution.group);
    if (!group) this.cells.set(resolution.group, (group = new Map()));
    for (const { reader, period, value } of readings) {
      const key = `${reader.metric.id}\u0000${period}`;
      let acc = group.get(key);
      if (!acc) group.set(key, (acc = { values: [], sum: 0, positives: 0, count: 0 }));
      acc.count += 1;
      if (typeof value === 'boolean') {
        if (value) acc.positives += 1;
      } else {
        acc.sum += value;
        if (reader.metric.aggregation === 'median') acc.values.push(value);
      }
    }
  }

  finish(): AggregateResult {
    const byId = new Map(this.readers.map(({ reader }) => [reader.metric.id, reader] as const));
    const groups = new Map<string, IncomingValue[]>();
    for (const [group, accs] of this.cells) {
      const values: IncomingValue[] = [];
      for (const [key, acc] of accs) {
        const [metricId, period] = key.split('\u0000') as [string, string];
        const reader = byId.get(metricId)!;
        values.push({ metricId, period, value: combine(reader, acc), sampleSize: acc.count });
      }
      groups.set(group, values);
    }
    return {
      rows: this.rows,
      groups,
      groupRows: this.groupRows,
      wrongRows: this.wrongRows,
      wrongRowCount: this.wrongRowCount,
      futureRowCount: this.futureRowCount,
      unmatched: [...this.unmatched.values()].sort((a, b) => b.rows - a.rows),
      unmatchedRowCount: this.unmatchedRowCount,
      skippedPeopleRowCount: this.skippedPeopleRowCount,
    };
  }

  // Exports repeat the same people and days on thousands of rows: each is worked out once.
  private readonly identities = new Map<string, RowIdentity | null>();
  private readonly resolutions = new Map<string, Resolution>();
  private readonly periods = new Map<string, string>();
  private readonly future = new Map<string, boolean>();

  private periodOf(date: string, period: MetricPeriod): string {
    const key = `${date}${period}`;
    let found = this.periods.get(key);
    if (found === undefined) this.periods.set(key, (found = periodKeyOf(date, period)));
    return found;
  }

  private isFuture(period: string): boolean {
    let found = this.future.get(period);
    if (found === undefined)
      this.future.set(period, (found = isFuturePeriod(period, this.options.today)));
    return found;
  }

  private wrong(line: number, reason: string): void {
    this.wrongRowCount += 1;
    if (this.wrongRows.length < MAX_LISTED) this.wrongRows.push({ line, reason });
  }

  private noteUnmatched(identity: RowIdentity): void {
    this.unmatchedRowCount += 1;
    const known = this.unmatched.get(identity.key);
    if (known) {
      known.rows += 1;
      if (!known.name && identity.name) known.name = identity.name;
    } else {
      this.unmatched.set(identity.key, { ...identity, rows: 1 });
    }
  }
}

function combine(reader: ColumnReader, acc: Accumulator): number {
  if (reader.mode === 'ratings' || reader.mode === 'flags') return acc.positives / acc.count;
  switch (reader.metric.aggregation) {
    case 'sum':
      return acc.sum;
    case 'median':
      return median(acc.values);
    case 'mean':
    case 'ratio':
      return acc.sum / acc.count;
  }
}

export function median(values: readonly number[]): number {
  // A typed array sorts numbers in order without a comparator: 100,000 cells in a few ms.
  const sorted = Float64Array.from(values).sort();
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
