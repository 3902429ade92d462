import type { MetricUnit } from '../../model/kpis';
import { parseDuration, type BareDurationUnit } from './durations';
import { parseLooseNumber } from './numbers';

export { formatKpiInput, formatKpiValue } from './format';
export type { BareDurationUnit } from './durations';

/**
 * Reading one KPI value as a lead types it or a helpdesk exports it, into stored units
 * (`shared/model/kpis.ts`): a percentage as a ratio (0.92), a duration in seconds, a count or a
 * score as the number itself (a score on the metric's scale, `scaleMax`).
 *
 * - percent: `92%`, `92 %`, `92,5 %`, `0.92` (a bare number from 0 to 1 is a ratio), `92` (a bare
 *   number above 1 is a percentage), `4.6/5` (a fraction). Above 100 % or negative is refused.
 * - duration: `1:23:45`, `1:05` (h:mm), `83 min`, `1.4 h`, `1h 23m`, `2 days 3 h`, `45s`; a bare
 *   number is minutes unless `bareDurationUnit` says otherwise (an export column "in hours").
 * - count: `42`, `1,234`; not negative.
 * - score: `4.6`, `4.6/5` (rescaled to the metric's scale: 92 on a scale of 100), `92 %` of the
 *   scale; from 0 to `scaleMax` when the metric has one.
 *
 * A satisfaction rating (1-5, good/bad) is not a value on its own: `parseSatisfaction` reads it,
 * and an import turns many ratings into a CSAT ratio.
 */
export type KpiParseResult = { ok: true; value: number } | { ok: false; message: string };

export interface KpiParseOptions {
  /** The file or the lead writes `92,5` and `1.234,5`. */
  decimalComma?: boolean;
  /** The top of a score's scale (5, 10, 100); null when the metric has none. */
  scaleMax?: number | null;
  /** How a bare duration number is read; minutes by default. */
  bareDurationUnit?: BareDurationUnit;
}

export function parseKpiValue(
  raw: string,
  unit: MetricUnit,
  options: KpiParseOptions = {},
): KpiParseResult {
  const text = raw.trim();
  if (text === '') return { ok: false, message: 'Enter a value.' };
  switch (unit) {
    case 'percent':
      return parsePercent(text, options.decimalComma ?? false);
    case 'duration':
      return parseDurationValue(text, options);
    case 'count':
      return parseCount(text, options.decimalComma ?? false);
    case 'score':
      return parseScore(text, options.decimalComma ?? false, options.scaleMax ?? null);
  }
}

const PERCENT_HINT = 'Use a percentage from 0 to 100, like 92 %.';

function parsePercent(text: string, decimalComma: boolean): KpiParseResult {
  const withSign = /^(.*?)\s*%$/.exec(text);
  if (withSign) {
    const n = parseLooseNumber(withSign[1]!, decimalComma);
    return n === null ? fail(PERCENT_HINT) : ratio(n / 100);
  }
  const fraction = parseFraction(text, decimalComma);
  if (fraction === 'invalid') return fail(PERCENT_HINT);
  if (fraction !== null) return ratio(fraction.numerator / fraction.denominator);
  const n = parseLooseNumber(text, decimalComma);
  if (n === null) return fail(PERCENT_HINT);
  return ratio(n > 1 ? n / 100 : n);
}

function ratio(value: number): KpiParseResult {
  if (value < 0) return fail(`A percentage cannot be negative. ${PERCENT_HINT}`);
  if (value > 1 + 1e-9) return fail(`A percentage cannot be above 100. ${PERCENT_HINT}`);
  return { ok: true, value: Math.min(value, 1) };
}

const DURATION_HINT = 'Use a duration like 1:05:00, 83 min or 1 h 23 min.';

function parseDurationValue(text: string, options: KpiParseOptions): KpiParseResult {
  if (/^[-\u2212]/.test(text)) return fail(`A duration cannot be negative. ${DURATION_HINT}`);
  const seconds = parseDuration(text, {
    decimalComma: options.decimalComma ?? false,
    bareUnit: options.bareDurationUnit ?? 'minutes',
  });
  return seconds === null ? fail(DURATION_HINT) : { ok: true, value: seconds };
}

const COUNT_HINT = 'Use a number of 0 or more, like 42.';

function parseCount(text: string, decimalComma: boolean): KpiParseResult {
  const n = parseLooseNumber(text, decimalComma);
  if (n === null) return fail(COUNT_HINT);
  if (n < 0) return fail(`A count cannot be negative. ${COUNT_HINT}`);
  return { ok: true, value: n };
}

function parseScore(text: string, decimalComma: boolean, scaleMax: number | null): KpiParseResult {
  const hint =
    scaleMax === null
      ? 'Use a number like 4.6.'
      : `Use a score from 0 to ${scaleMax}, like ${scoreExample(scaleMax)}.`;
  const percent = /^(.*?)\s*%$/.exec(text);
  if (percent) {
    if (scaleMax === null)
      return fail(`This score has no scale, so a percentage cannot be read. ${hint}`);
    const n = parseLooseNumber(percent[1]!, decimalComma);
    return n === null ? fail(hint) : inScale((n / 100) * scaleMax, scaleMax, hint);
  }
  const fraction = parseFraction(text, decimalComma);
  if (fraction === 'invalid') return fail(hint);
  if (fraction !== null) {
    const { numerator, denominator } = fraction;
    if (numerator > denominator) return fail(`${numerator} is above ${denominator}. ${hint}`);
    const value = scaleMax === null ? numerator : (numerator / denominator) * scaleMax;
    return inScale(value, scaleMax, hint);
  }
  const n = parseLooseNumber(text, decimalComma);
  return n === null ? fail(hint) : inScale(n, scaleMax, hint);
}

function inScale(value: number, scaleMax: number | null, hint: string): KpiParseResult {
  if (scaleMax === null) return { ok: true, value };
  if (value < 0) return fail(`A score cannot be negative. ${hint}`);
  if (value > scaleMax + 1e-9) return fail(`This score is above ${scaleMax}. ${hint}`);
  return { ok: true, value: Math.min(value, scaleMax) };
}

const scoreExample = (scaleMax: number): string =>
  scaleMax >= 20 ? String(Math.round(scaleMax * 0.85)) : (scaleMax * 0.92).toFixed(1);

/** `4.6/5`, `46 / 50`: null when the text has no slash, 'invalid' when it has one but is wrong. */
function parseFraction(
  text: string,
  decimalComma: boolean,
): { numerator: number; denominator: number } | 'invalid' | null {
  const parts = text.split('/');
  if (parts.length === 1) return null;
  if (parts.length !== 2) return 'invalid';
  const numerator = parseLooseNumber(parts[0]!, decimalComma);
  const denominator = parseLooseNumber(parts[1]!, decimalComma);
  if (numerator === null || denominator === null || denominator <= 0 || numerator < 0)
    return 'invalid';
  return { numerator, denominator };
}

const fail = (message: string): KpiParseResult => ({ ok: false, message });

export type SatisfactionResult = { ok: true; positive: boolean } | { ok: false; message: string };

const POSITIVE_WORDS = new Set([
  'good',
  'great',
  'amazing',
  'excellent',
  'happy',
  'extremely happy',
  'very happy',
  'satisfied',
  'very satisfied',
  'positive',
  'yes',
  'thumbs up',
  '👍',
  "good, i'm satisfied",
]);
const NEGATIVE_WORDS = new Set([
  'bad',
  'terrible',
  'poor',
  'ok',
  'okay',
  'neutral',
  'not good',
  'unhappy',
  'extremely unhappy',
  'very unhappy',
  'unsatisfied',
  'dissatisfied',
  'very dissatisfied',
  'negative',
  'no',
  'thumbs down',
  '👎',
  "bad, i'm unsatisfied",
]);

/**
 * One satisfaction rating as helpdesks export it: a 1-5 rating (4 and 5 are positive, 1 to 3
 * negative), good/bad, satisfied/unsatisfied, Zendesk's "Good, I'm satisfied" / "Bad, I'm
 * unsatisfied", Help Scout's Great/Okay/Not good, Intercom's Amazing…Terrible, Freshdesk's
 * happy/unhappy. "Okay" and "Neutral" are not positive, as CSAT counts only the top answers.
 */
export function parseSatisfaction(raw: string): SatisfactionResult {
  const text = raw
    .trim()
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ');
  if (text === '') return { ok: false, message: 'Enter a rating.' };
  if (/^[1-5](\.0+)?$/.test(text)) return { ok: true, positive: Number(text) >= 4 };
  if (POSITIVE_WORDS.has(text)) return { ok: true, positive: true };
  if (NEGATIVE_WORDS.has(text)) return { ok: true, positive: false };
  return {
    ok: false,
    message: `"${raw.trim().slice(0, 40)}" is not a rating. Use 1 to 5 (4 and 5 count as positive), or good and bad.`,
  };
}
