import type { KpiValue, ReplacedValue, ValueSource } from '../../model/kpis';

/**
 * How new KPI values join a person's values. There is one value per metric and period. A new
 * number for a metric and period that has one replaces it, and the replaced number (with where it
 * came from and when) goes on top of the value's `previous` stack, so undoing the import that
 * replaced it brings it back. The stack keeps the 20 newest; older ones are dropped.
 */

export const MAX_PREVIOUS = 20;

export interface IncomingValue {
  metricId: string;
  period: string;
  value: number;
  sampleSize: number | null;
}

export interface MergeResult {
  values: KpiValue[];
  added: number;
  replaced: number;
  unchanged: number;
}

const keyOf = (v: { metricId: string; period: string }): string => `${v.metricId}\u0000${v.period}`;

/** Equal to within rounding noise: a re-import of the same file changes nothing. */
const sameNumber = (a: number, b: number): boolean =>
  Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * Merges `incoming` into `existing`. When `incoming` has the same metric and period twice, the
 * last one counts. A value equal to the one stored (same number and sample size) is `unchanged`
 * and not rewritten: its source and time stay as they were. The order of `existing` is kept;
 * new values are appended in the order they came.
 */
export function mergeValues(
  existing: KpiValue[],
  incoming: IncomingValue[],
  source: ValueSource,
  recordedAt: string,
  newId: () => string,
): MergeResult {
  const latest = new Map<string, IncomingValue>();
  for (const value of incoming) latest.set(keyOf(value), value);

  const values = existing.slice();
  const indexByKey = new Map(values.map((v, i) => [keyOf(v), i] as const));
  let added = 0;
  let replaced = 0;
  let unchanged = 0;
  for (const [key, next] of latest) {
    const at = indexByKey.get(key);
    if (at === undefined) {
      values.push({
        id: newId(),
        metricId: next.metricId,
        period: next.period,
        value: next.value,
        sampleSize: next.sampleSize,
        source,
        recordedAt,
        previous: [],
      });
      indexByKey.set(key, values.length - 1);
      added += 1;
      continue;
    }
    const current = values[at]!;
    if (sameNumber(current.value, next.value) && current.sampleSize === next.sampleSize) {
      unchanged += 1;
      continue;
    }
    const replacedValue: ReplacedValue = {
      value: current.value,
      source: current.source,
      recordedAt: current.recordedAt,
    };
    values[at] = {
      ...current,
      value: next.value,
      sampleSize: next.sampleSize,
      source,
      recordedAt,
      previous: [...current.previous, replacedValue].slice(-MAX_PREVIOUS),
    };
    replaced += 1;
  }
  return { values, added, replaced, unchanged };
}

const fromImport = (source: ValueSource, importId: string): boolean =>
  source.kind === 'import' && source.importId === importId;

/**
 * Takes one import back out of a person's values. Its numbers leave every `previous` stack; where
 * the current number came from it, the newest remaining earlier number comes back (`restored`),
 * or the value goes when there is none (`removed`). Values the import did not touch stay as
 * they are, so undoing after a later typed correction keeps the correction.
 */
export function undoImport(
  values: KpiValue[],
  importId: string,
): { values: KpiValue[]; removed: number; restored: number } {
  let removed = 0;
  let restored = 0;
  const kept: KpiValue[] = [];
  for (const value of values) {
    const previous = value.previous.filter((p) => !fromImport(p.source, importId));
    if (!fromImport(value.source, importId)) {
      kept.push(previous.length === value.previous.length ? value : { ...value, previous });
      continue;
    }
    const back = previous.at(-1);
    if (back === undefined) {
      removed += 1;
      continue;
    }
    kept.push({
      ...value,
      value: back.value,
      // The stack does not keep sample sizes: the restored number's is unknown.
      sampleSize: null,
      source: back.source,
      recordedAt: back.recordedAt,
      previous: previous.slice(0, -1),
    });
    restored += 1;
  }
  return { values: kept, removed, restored };
}

/**
 * A typed delete: the lead clears a cell. The value goes with its history, and is returned so
 * the caller can offer to put it back (`restoreValue`).
 */
export function removeValue(
  values: KpiValue[],
  metricId: string,
  period: string,
): { values: KpiValue[]; removed: KpiValue | null } {
  const key = keyOf({ metricId, period });
  const removed = values.find((v) => keyOf(v) === key) ?? null;
  return { values: removed ? values.filter((v) => v !== removed) : values, removed };
}

/** Puts back a value `removeValue` took, unless the cell has had a new value since. */
export function restoreValue(values: KpiValue[], value: KpiValue): KpiValue[] {
  return values.some((v) => keyOf(v) === keyOf(value)) ? values : [...values, value];
}

/** The value of a metric in a period, if any. */
export function findValue(values: KpiValue[], metricId: string, period: string): KpiValue | null {
  return values.find((v) => v.metricId === metricId && v.period === period) ?? null;
}
