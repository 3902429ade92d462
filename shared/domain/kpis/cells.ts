import type { MetricDefinition } from '../../model/kpis';
import { isFuturePeriod, isValidPeriodKey, periodOfKey } from './periods';
import { parseKpiValue } from './values';

export type CellReading = { ok: true; value: number | null } | { ok: false; message: string };

export const FUTURE_PERIOD = 'This period has not started yet.';

/**
 * One typed cell, read for a metric and a period: a number in stored units, null to clear the
 * cell (empty text), or the reason it cannot be saved. The grid calls it as the lead types; the
 * backend calls it again before writing anything.
 */
export function readCell(
  text: string,
  period: string,
  metric: MetricDefinition | undefined,
  todayLocalDate: string,
): CellReading {
  if (!metric) return { ok: false, message: 'This metric does not exist any more.' };
  if (metric.archived) {
    return { ok: false, message: `${metric.name} is archived: restore it to add values.` };
  }
  const periodIssue = checkPeriod(period, metric);
  if (periodIssue) return { ok: false, message: periodIssue };
  if (isFuturePeriod(period, todayLocalDate)) return { ok: false, message: FUTURE_PERIOD };
  if (text.trim() === '') return { ok: true, value: null };
  return parseKpiValue(text, metric.unit, { scaleMax: metric.scaleMax });
}

/** Why a period key cannot hold a value of this metric; null when it can. */
export function checkPeriod(
  period: string,
  metric: Pick<MetricDefinition, 'name' | 'period'>,
): string | null {
  if (!/^\d{4}-(W\d{2}|\d{2})$/.test(period)) return 'Use a period like 2026-11 or 2026-W47.';
  if (!isValidPeriodKey(period)) {
    return periodOfKey(period) === 'week'
      ? `${period.slice(0, 4)} has no week ${Number(period.slice(6))}.`
      : 'A month runs from 01 to 12.';
  }
  if (periodOfKey(period) !== metric.period) {
    return metric.period === 'month'
      ? `${metric.name} is kept per month: use a period like 2026-11.`
      : `${metric.name} is kept per week: use a period like 2026-W47.`;
  }
  return null;
}
