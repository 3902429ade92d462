import type { KpiValue, ValueSource } from '../../../shared/model/kpis';

/** When the values below were recorded, unless a case says otherwise. */
export const RECORDED_AT = '2026-11-01T09:00:00.000Z';

export const typedSource: ValueSource = { kind: 'typed' };
export const importSource = (importId: string): ValueSource => ({ kind: 'import', importId });

/** A stored value: CSAT 90 % for October 2026, typed, with no history, unless `over` says. */
export const storedValue = (over: Partial<KpiValue>): KpiValue => ({
  id: 'a',
  metricId: 'csat',
  period: '2026-10',
  value: 0.9,
  sampleSize: null,
  source: typedSource,
  recordedAt: RECORDED_AT,
  previous: [],
  ...over,
});

/** A typed value with an id of its metric and period, as the person file keeps it. */
export const typedValue = (
  metricId: string,
  period: string,
  value: number,
  recordedAt = '2026-11-02T09:00:00.000Z',
): KpiValue => storedValue({ id: `${metricId}-${period}`, metricId, period, value, recordedAt });
