import type { KpiValue } from '../../model/kpis';

/**
 * Undoing a save of the value grid. A save sets, replaces and clears cells of one person's values;
 * what it did to each cell is kept as a `CellChange` (the whole value before and after, history
 * included), and undo puts back exactly the value before: the same id, number, sample size,
 * source, time and `previous` stack, or no value where the cell was empty. A cell changed again
 * since the save (typed over, cleared, replaced by an import) is left as it is now: undo never
 * throws away a later change.
 */

/** What one save did to one cell: the value before (null: empty) and after (null: cleared). */
export interface CellChange {
  metricId: string;
  period: string;
  before: KpiValue | null;
  after: KpiValue | null;
}

export interface UndoSaveResult {
  values: KpiValue[];
  /** Cells put back as they were before the save. */
  restored: number;
  /** Cells changed again since the save, left as they are. */
  kept: number;
}

const keyOf = (v: { metricId: string; period: string }): string => `${v.metricId}\u0000${v.period}`;

/**
 * The cells a save changed: every key of `touched` whose value is not the very same object in
 * `before` and `after` (the merge rules return untouched values as they were).
 */
export function changedCells(
  before: readonly KpiValue[],
  after: readonly KpiValue[],
  touched: readonly { metricId: string; period: string }[],
): CellChange[] {
  const was = new Map(before.map((v) => [keyOf(v), v] as const));
  const now = new Map(after.map((v) => [keyOf(v), v] as const));
  const changes = new Map<string, CellChange>();
  for (const cell of touched) {
    const key = keyOf(cell);
    const from = was.get(key) ?? null;
    const to = now.get(key) ?? null;
    if (from === to || changes.has(key)) continue;
    changes.set(key, { metricId: cell.metricId, period: cell.period, before: from, after: to });
  }
  return [...changes.values()];
}

/** The same value, field by field (a value read back from disk is equal, not identical). */
export function sameKpiValue(a: KpiValue, b: KpiValue): boolean {
  return (
    a.id === b.id &&
    keyOf(a) === keyOf(b) &&
    a.value === b.value &&
    a.sampleSize === b.sampleSize &&
    a.recordedAt === b.recordedAt &&
    sameSource(a.source, b.source) &&
    a.previous.length === b.previous.length &&
    a.previous.every(
      (p, i) =>
        p.value === b.previous[i]!.value &&
        p.recordedAt === b.previous[i]!.recordedAt &&
        sameSource(p.source, b.previous[i]!.source),
    )
  );
}

function sameSource(a: KpiValue['source'], b: KpiValue['source']): boolean {
  if (a.kind === 'typed' || b.kind === 'typed') return a.kind === b.kind;
  return a.importId === b.importId;
}

/**
 * Takes one save back out of a person's values: each cell still as the save left it gets its
 * value from before the save back (or loses the value the save added; a cleared value comes back,
 * appended). The order of the other values is kept.
 */
export function undoValueSave(
  values: readonly KpiValue[],
  changes: readonly CellChange[],
): UndoSaveResult {
  let result = values.slice();
  let restored = 0;
  let kept = 0;
  for (const change of changes) {
    const key = keyOf(change);
    const at = result.findIndex((v) => keyOf(v) === key);
    const current = at === -1 ? null : result[at]!;
    const untouched =
      current === null || change.after === null
        ? current === change.after
        : sameKpiValue(current, change.after);
    if (!untouched) {
      kept += 1;
      continue;
    }
    if (change.before === null) result = result.filter((_, i) => i !== at);
    else if (at === -1) result = [...result, change.before];
    else result[at] = change.before;
    restored += 1;
  }
  return { values: result, restored, kept };
}
