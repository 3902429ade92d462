import { describe, expect, it } from 'vitest';
import type { KpiValue } from '../../../../../shared/model/kpis';
import {
  MAX_PREVIOUS,
  findValue,
  mergeValues,
  removeValue,
  restoreValue,
  undoImport,
} from '../../../../../shared/domain/kpis/merge';
import { RECORDED_AT, importSource, storedValue, typedSource } from '../../../helpers/kpi-values';

const T0 = RECORDED_AT;
const T1 = '2026-11-10T09:00:00.000Z';
const T2 = '2026-11-18T09:00:00.000Z';
const typed = typedSource;
const imp = importSource;

function ids() {
  let n = 0;
  return () => `v${++n}`;
}

const stored = storedValue;

describe('merging values', () => {
  it('adds, replaces and leaves equal values alone', () => {
    const existing = [
      stored({ id: 'a', period: '2026-10', value: 0.9 }),
      stored({ id: 'b', period: '2026-09', value: 0.8, sampleSize: 40 }),
    ];
    const result = mergeValues(
      existing,
      [
        { metricId: 'csat', period: '2026-10', value: 0.95, sampleSize: 50 },
        { metricId: 'csat', period: '2026-09', value: 0.8, sampleSize: 40 },
        { metricId: 'csat', period: '2026-11', value: 0.7, sampleSize: 10 },
      ],
      imp('i1'),
      T1,
      ids(),
    );
    expect(result).toMatchObject({ added: 1, replaced: 1, unchanged: 1 });
    expect(result.values).toEqual([
      {
        ...existing[0],
        value: 0.95,
        sampleSize: 50,
        source: imp('i1'),
        recordedAt: T1,
        previous: [{ value: 0.9, source: typed, recordedAt: T0 }],
      },
      existing[1],
      {
        id: 'v1',
        metricId: 'csat',
        period: '2026-11',
        value: 0.7,
        sampleSize: 10,
        source: imp('i1'),
        recordedAt: T1,
        previous: [],
      },
    ]);
    expect(result.values[1]).toBe(existing[1]);
  });

  it('does not change what it was given', () => {
    const existing = [stored({})];
    const copy = structuredClone(existing);
    mergeValues(
      existing,
      [{ metricId: 'csat', period: '2026-10', value: 0.1, sampleSize: null }],
      typed,
      T1,
      ids(),
    );
    expect(existing).toEqual(copy);
  });

  it('counts a different sample size as a change, and rounding noise as none', () => {
    const existing = [stored({ value: 0.9, sampleSize: 10 })];
    const noise = mergeValues(
      existing,
      [{ metricId: 'csat', period: '2026-10', value: 0.9 + 1e-12, sampleSize: 10 }],
      typed,
      T1,
      ids(),
    );
    expect(noise.unchanged).toBe(1);
    const sample = mergeValues(
      existing,
      [{ metricId: 'csat', period: '2026-10', value: 0.9, sampleSize: 11 }],
      typed,
      T1,
      ids(),
    );
    expect(sample.replaced).toBe(1);
  });

  it('keeps the last of two incoming values for the same metric and period', () => {
    const result = mergeValues(
      [],
      [
        { metricId: 'csat', period: '2026-10', value: 0.5, sampleSize: null },
        { metricId: 'csat', period: '2026-10', value: 0.6, sampleSize: null },
        { metricId: 'qa_score', period: '2026-10', value: 80, sampleSize: null },
      ],
      typed,
      T1,
      ids(),
    );
    expect(result.added).toBe(2);
    expect(result.values.map((v) => [v.metricId, v.value, v.previous])).toEqual([
      ['csat', 0.6, []],
      ['qa_score', 80, []],
    ]);
  });

  it(`keeps at most ${MAX_PREVIOUS} earlier values, dropping the oldest`, () => {
    let values: KpiValue[] = [stored({ value: 0 })];
    for (let i = 1; i <= MAX_PREVIOUS + 2; i += 1) {
      values = mergeValues(
        values,
        [{ metricId: 'csat', period: '2026-10', value: i / 100, sampleSize: null }],
        typed,
        T1,
        ids(),
      ).values;
    }
    const only = values[0]!;
    expect(only.value).toBe((MAX_PREVIOUS + 2) / 100);
    expect(only.previous).toHaveLength(MAX_PREVIOUS);
    expect(only.previous[0]!.value).toBe(2 / 100);
    expect(only.previous.at(-1)!.value).toBe((MAX_PREVIOUS + 1) / 100);
  });
});

describe('undoing an import', () => {
  it('restores what it replaced and removes what it added', () => {
    const start = [stored({ id: 'a', period: '2026-10', value: 0.9 })];
    const imported = mergeValues(
      start,
      [
        { metricId: 'csat', period: '2026-10', value: 0.95, sampleSize: 50 },
        { metricId: 'csat', period: '2026-11', value: 0.7, sampleSize: 10 },
      ],
      imp('i1'),
      T1,
      ids(),
    ).values;
    const undone = undoImport(imported, 'i1');
    expect(undone).toMatchObject({ removed: 1, restored: 1 });
    expect(undone.values).toEqual(start);
  });

  it('takes out an import buried under later values, keeping them', () => {
    const typedFirst = [stored({ value: 0.9 })];
    const afterI1 = mergeValues(
      typedFirst,
      [{ metricId: 'csat', period: '2026-10', value: 0.8, sampleSize: 5 }],
      imp('i1'),
      T1,
      ids(),
    ).values;
    const afterI2 = mergeValues(
      afterI1,
      [{ metricId: 'csat', period: '2026-10', value: 0.85, sampleSize: 6 }],
      imp('i2'),
      T2,
      ids(),
    ).values;

    const undoneI1 = undoImport(afterI2, 'i1');
    expect(undoneI1).toMatchObject({ removed: 0, restored: 0 });
    expect(undoneI1.values[0]).toMatchObject({
      value: 0.85,
      source: imp('i2'),
      previous: [{ value: 0.9, source: typed, recordedAt: T0 }],
    });

    const thenI2 = undoImport(undoneI1.values, 'i2');
    expect(thenI2).toMatchObject({ removed: 0, restored: 1 });
    expect(thenI2.values).toEqual([{ ...typedFirst[0], sampleSize: null }]);
  });

  it('restores the newest earlier value that is not from the import', () => {
    const value = stored({
      value: 0.5,
      source: imp('i3'),
      recordedAt: T2,
      previous: [
        { value: 0.6, source: typed, recordedAt: T0 },
        { value: 0.7, source: imp('i2'), recordedAt: T1 },
        { value: 0.55, source: imp('i3'), recordedAt: T1 },
      ],
    });
    const { values, restored } = undoImport([value], 'i3');
    expect(restored).toBe(1);
    expect(values[0]).toMatchObject({
      value: 0.7,
      source: imp('i2'),
      recordedAt: T1,
      previous: [{ value: 0.6, source: typed, recordedAt: T0 }],
    });
  });

  it('leaves other values as they were, the same objects', () => {
    const other = stored({ id: 'x', source: imp('i9') });
    const { values, removed, restored } = undoImport([other], 'i1');
    expect([removed, restored]).toEqual([0, 0]);
    expect(values[0]).toBe(other);
  });
});

describe('clearing a typed cell', () => {
  it('removes the value and can put it back', () => {
    const a = stored({ id: 'a', period: '2026-10' });
    const b = stored({ id: 'b', period: '2026-11' });
    const { values, removed } = removeValue([a, b], 'csat', '2026-10');
    expect(removed).toBe(a);
    expect(values).toEqual([b]);
    expect(findValue(values, 'csat', '2026-10')).toBeNull();
    expect(restoreValue(values, a)).toEqual([b, a]);
  });

  it('does nothing for an empty cell, and does not restore over a newer value', () => {
    const a = stored({ id: 'a' });
    expect(removeValue([a], 'csat', '2026-01')).toEqual({ values: [a], removed: null });
    const newer = stored({ id: 'n', value: 0.1 });
    expect(restoreValue([newer], a)).toEqual([newer]);
  });
});
