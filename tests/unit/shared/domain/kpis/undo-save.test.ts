import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { KpiValue } from '../../../../../shared/model/kpis';
import {
  MAX_PREVIOUS,
  mergeValues,
  removeValue,
  type IncomingValue,
} from '../../../../../shared/domain/kpis/merge';
import { changedCells, undoValueSave } from '../../../../../shared/domain/kpis/undo-save';
import { RECORDED_AT, importSource, storedValue, typedSource } from '../../../helpers/kpi-values';

const T0 = RECORDED_AT;
const SAVE = '2026-11-18T09:00:00.000Z';
const LATER = '2026-11-18T09:05:00.000Z';
const typed = typedSource;
const imp = importSource;

const stored = storedValue;

function ids(prefix = 'n') {
  let n = 0;
  return () => `${prefix}${++n}`;
}

interface Save {
  sets?: IncomingValue[];
  clears?: { metricId: string; period: string }[];
}

/** A grid save as the values service applies it: clears first, then a typed merge. */
function applySave(values: KpiValue[], { sets = [], clears = [] }: Save, at = SAVE) {
  let current = values;
  for (const clear of clears) current = removeValue(current, clear.metricId, clear.period).values;
  const after = mergeValues(current, sets, typed, at, ids(`s${at}`)).values;
  return { after, changes: changedCells(values, after, [...sets, ...clears]) };
}

const set = (period: string, value: number, metricId = 'csat'): IncomingValue => ({
  metricId,
  period,
  value,
  sampleSize: null,
});

/** As a restart or another write would give them back: equal, not the same objects. */
const fromDisk = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('undoing a grid save', () => {
  const imported = stored({
    id: 'imp',
    period: '2026-09',
    value: 0.8,
    sampleSize: 40,
    source: imp('i-1'),
    previous: [{ value: 0.7, source: typed, recordedAt: T0 }],
  });
  const typedOct = stored({ id: 'oct', period: '2026-10', value: 0.9 });
  const existing = [imported, typedOct];

  it.each<[string, Save]>([
    ['a replaced import value, with its sample size and history', { sets: [set('2026-09', 0.95)] }],
    ['an added value', { sets: [set('2026-08', 0.5)] }],
    ['a cleared value, with its history', { clears: [{ metricId: 'csat', period: '2026-09' }] }],
    [
      'a mix of all three in one save',
      {
        sets: [set('2026-10', 0.91), set('2026-07', 0.6, 'qa')],
        clears: [{ metricId: 'csat', period: '2026-09' }],
      },
    ],
  ])('puts back exactly what the save replaced: %s', (_name, save) => {
    const { after, changes } = applySave(existing, save);
    expect(after).not.toEqual(existing);
    const undone = undoValueSave(after, changes);
    expect(undone.kept).toBe(0);
    expect(undone.restored).toBe(changes.length);
    expect(undone.values).toEqual(expect.arrayContaining(existing));
    expect(undone.values).toHaveLength(existing.length);
  });

  it('records no change for a cell the save left as it was', () => {
    const { changes } = applySave(existing, { sets: [set('2026-10', 0.9), set('2026-08', 0.5)] });
    expect(changes.map((c) => c.period)).toEqual(['2026-08']);
  });

  it('brings back the full history the save had to trim', () => {
    const full = stored({
      previous: Array.from({ length: MAX_PREVIOUS }, (_, i) => ({
        value: i / 100,
        source: typed,
        recordedAt: T0,
      })),
    });
    const { after, changes } = applySave([full], { sets: [set('2026-10', 0.5)] });
    expect(after[0]!.previous[0]!.value).toBe(0.01);
    expect(undoValueSave(after, changes).values).toEqual([full]);
  });

  it('works on values read back from disk since the save', () => {
    const { after, changes } = applySave(existing, { sets: [set('2026-09', 0.95)] });
    const undone = undoValueSave(fromDisk(after), fromDisk(changes));
    expect(undone).toMatchObject({ restored: 1, kept: 0 });
    expect(undone.values).toEqual(existing);
  });

  it.each<[string, (after: KpiValue[]) => KpiValue[]]>([
    ['typed over again', (after) => applySave(after, { sets: [set('2026-09', 0.5)] }, LATER).after],
    [
      'cleared since',
      (after) => applySave(after, { clears: [{ metricId: 'csat', period: '2026-09' }] }).after,
    ],
    [
      'replaced by an import since',
      (after) => mergeValues(after, [set('2026-09', 0.4)], imp('i-2'), LATER, ids('x')).values,
    ],
  ])('keeps a later change to a cell: %s', (_name, laterChange) => {
    const { after, changes } = applySave(existing, {
      sets: [set('2026-09', 0.95), set('2026-10', 0.7)],
    });
    const later = laterChange(after);
    const undone = undoValueSave(later, changes);
    expect(undone).toMatchObject({ restored: 1, kept: 1 });
    expect(undone.values.find((v) => v.period === '2026-09')).toEqual(
      later.find((v) => v.period === '2026-09'),
    );
    expect(undone.values.find((v) => v.period === '2026-10')).toEqual(typedOct);
  });

  it('keeps a value typed into a cell the save cleared', () => {
    const { after, changes } = applySave(existing, {
      clears: [{ metricId: 'csat', period: '2026-09' }],
    });
    const later = applySave(after, { sets: [set('2026-09', 0.3)] }, LATER).after;
    expect(undoValueSave(later, changes)).toMatchObject({ restored: 0, kept: 1, values: later });
  });

  it('a second undo of the same save changes nothing more', () => {
    const { after, changes } = applySave(existing, { sets: [set('2026-08', 0.5)] });
    const once = undoValueSave(after, changes);
    const twice = undoValueSave(once.values, changes);
    // The added value is gone, so the cell no longer holds what the save left: kept, not removed.
    expect(twice).toMatchObject({ restored: 0, kept: 1, values: once.values });
  });

  it('restores any save of any values exactly (property)', () => {
    const period = fc.constantFrom('2026-07', '2026-08', '2026-09', '2026-10');
    const metric = fc.constantFrom('csat', 'qa');
    const value = fc.double({ min: 0, max: 1, noNaN: true });
    const existingValues = fc
      .uniqueArray(fc.record({ metricId: metric, period, value }), {
        selector: (v) => `${v.metricId}/${v.period}`,
        maxLength: 8,
      })
      .map((cells) =>
        cells.map((c, i) =>
          stored({ ...c, id: `e${i}`, sampleSize: i % 2 ? 10 * i : null, source: imp('i-1') }),
        ),
      );
    const saveOf = fc.record({
      sets: fc.array(
        fc.record({ metricId: metric, period, value, sampleSize: fc.constant(null) }),
        { maxLength: 6 },
      ),
      clears: fc.array(fc.record({ metricId: metric, period }), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(existingValues, saveOf, (values, save) => {
        const { after, changes } = applySave(values, save);
        const undone = undoValueSave(after, changes);
        const byKey = (vs: KpiValue[]) =>
          [...vs].sort((a, b) =>
            `${a.metricId}${a.period}`.localeCompare(`${b.metricId}${b.period}`),
          );
        expect(undone.kept).toBe(0);
        expect(byKey(undone.values)).toEqual(byKey(values));
      }),
    );
  });
});
