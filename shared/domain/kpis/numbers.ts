/**
 * Reads a number as people and spreadsheets write it: `1234`, `1,234`, `1,234.5`, `1 234`,
 * `-3`, `.5`; with `decimalComma`, `1.234,5` and `92,5`. Thousands separators are only accepted
 * in whole groups of three digits, so `1,23` is not silently read as 123.
 *
 * Without `decimalComma`, a lone comma that cannot be a thousands separator (`92,5`) is read as a
 * decimal comma: a lead who types it means 92.5. With `decimalComma`, a lone dot that cannot be a
 * thousands separator (`0.92`) is read as a decimal point for the same reason.
 */
export function parseLooseNumber(text: string, decimalComma = false): number | null {
  let s = text.trim();
  // Most cells of an export are plain numbers (`83`, `0.92`): read them without the rest. With
  // `decimalComma`, a dot may group thousands (`1.234`): that goes the long way.
  if (PLAIN.test(s) && !(decimalComma && s.includes('.'))) return Number(s);
  s = s.replace(MINUS_SIGN, '-');
  // Spaces (plain, no-break, narrow no-break) and apostrophes as thousands separators.
  if (SPACE_GROUPED.test(s)) s = s.replace(SPACE_SEPARATORS, '');
  let comma = decimalComma;
  const group = comma ? '.' : ',';
  const decimal = comma ? ',' : '.';
  const grouped = comma ? DOT_GROUPED : COMMA_GROUPED;
  if (s.includes(group) && !s.includes(decimal) && !grouped.test(s)) {
    // `92,5` without decimal comma, `0.92` with it: the separator can only be a decimal one.
    comma = !comma;
  }
  if (!(comma ? COMMA_DECIMAL_SHAPE : POINT_DECIMAL_SHAPE).test(s)) return null;
  const plain = comma ? s.split('.').join('').replace(',', '.') : s.split(',').join('');
  const value = Number(plain);
  return Number.isFinite(value) ? value : null;
}

// Built once (this runs for every cell of a 100,000-row import).
/** Digits with at most a decimal point, no grouping: `83`, `-3`, `0.92`, `.5`. */
const PLAIN = /^[+-]?(\d+(\.\d+)?|\.\d+)$/;
const MINUS_SIGN = /\u2212/g;
const SPACE_GROUPED = /^[+-]?\d{1,3}([ \u00a0\u202f']\d{3})+([.,]\d+)?$/;
const SPACE_SEPARATORS = /[ \u00a0\u202f']/g;
/** Whole groups of three with this separator, nothing else: `1,234` (`,`), `1.234` (`.`). */
const COMMA_GROUPED = /^[+-]?\d{1,3}(,\d{3})+$/;
const DOT_GROUPED = /^[+-]?\d{1,3}(\.\d{3})+$/;
/** A number grouped by `,` with a decimal `.`, and the other way round. */
const POINT_DECIMAL_SHAPE = /^[+-]?((\d{1,3}(,\d{3})+|\d+)(\.\d+)?|\.\d+)$/;
const COMMA_DECIMAL_SHAPE = /^[+-]?((\d{1,3}(\.\d{3})+|\d+)(,\d+)?|,\d+)$/;

/** Rounds to `digits` decimals and drops trailing zeros: 92.50 → "92.5", 3.0 → "3". */
export function trimDecimals(value: number, digits: number): string {
  const rounded = Number(value.toFixed(digits));
  return String(Object.is(rounded, -0) ? 0 : rounded);
}
