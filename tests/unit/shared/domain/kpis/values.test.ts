import { describe, expect, it } from 'vitest';
import type { MetricUnit } from '../../../../../shared/model/kpis';
import {
  formatKpiInput,
  formatKpiValue,
  parseKpiValue,
  parseSatisfaction,
} from '../../../../../shared/domain/kpis/values';
import { formatKpiChange } from '../../../../../shared/domain/kpis/format';
import { parseLooseNumber } from '../../../../../shared/domain/kpis/numbers';

const value = (raw: string, unit: MetricUnit, options = {}) => {
  const result = parseKpiValue(raw, unit, options);
  return result.ok ? result.value : result.message;
};

describe('reading a number', () => {
  it.each([
    ['1234', false, 1234],
    ['1,234', false, 1234],
    ['1,234.5', false, 1234.5],
    ['1 234', false, 1234],
    ['1\u00a0234,5', true, 1234.5],
    ['1.234,5', true, 1234.5],
    ['1.234', true, 1234],
    ['92,5', false, 92.5],
    ['92,5', true, 92.5],
    ['0.92', true, 0.92],
    ['.5', false, 0.5],
    ['-3', false, -3],
    ['\u22123', false, -3],
    ['1,23', false, 1.23],
    ['1,2345', false, 1.2345],
  ] as const)('%s (decimal comma %s) is %s', (text, decimalComma, expected) => {
    expect(parseLooseNumber(text, decimalComma)).toBeCloseTo(expected, 9);
  });

  it.each(['', 'abc', '1,23,4', '1.2.3', '12a', '1,234,5', '--1', '1e5'])(
    '%j is not a number',
    (text) => {
      expect(parseLooseNumber(text)).toBeNull();
    },
  );
});

describe('a percentage value', () => {
  it.each([
    ['92%', 0.92],
    ['92 %', 0.92],
    ['0.92', 0.92],
    ['92', 0.92],
    ['92,5 %', 0.925],
    ['4.6/5', 0.92],
    ['46 / 50', 0.92],
    ['100', 1],
    ['100 %', 1],
    ['0', 0],
    ['1', 1], // a bare number up to 1 is a ratio; formatKpiInput writes "1 %" with its sign
    ['1 %', 0.01],
    ['0.5 %', 0.005],
  ] as const)('%s is %s', (raw, expected) => {
    expect(value(raw, 'percent')).toBeCloseTo(expected, 9);
  });

  it('reads a decimal comma file', () => {
    expect(value('92,5', 'percent', { decimalComma: true })).toBeCloseTo(0.925, 9);
    expect(value('0,92', 'percent', { decimalComma: true })).toBeCloseTo(0.92, 9);
  });

  it.each([
    ['101', 'A percentage cannot be above 100. Use a percentage from 0 to 100, like 92 %.'],
    ['120 %', 'A percentage cannot be above 100. Use a percentage from 0 to 100, like 92 %.'],
    ['-5 %', 'A percentage cannot be negative. Use a percentage from 0 to 100, like 92 %.'],
    ['-0.1', 'A percentage cannot be negative. Use a percentage from 0 to 100, like 92 %.'],
    ['6/5', 'A percentage cannot be above 100. Use a percentage from 0 to 100, like 92 %.'],
    ['good', 'Use a percentage from 0 to 100, like 92 %.'],
    ['4/0', 'Use a percentage from 0 to 100, like 92 %.'],
    ['%', 'Use a percentage from 0 to 100, like 92 %.'],
    ['', 'Enter a value.'],
    ['   ', 'Enter a value.'],
  ])('%j is refused: %s', (raw, message) => {
    expect(parseKpiValue(raw, 'percent')).toEqual({ ok: false, message });
  });
});

describe('a duration value, in seconds', () => {
  it.each([
    ['1:23:45', 5025],
    ['1:05:00', 3900],
    ['1:05', 3900],
    ['0:00:45', 45],
    ['26:00:00', 93_600],
    ['83 min', 4980],
    ['83min', 4980],
    ['83 minutes', 4980],
    ['1.4 h', 5040],
    ['1,4 h', 5040],
    ['1h 23m', 4980],
    ['1 h 05 min', 3900],
    ['2 days 3 h', 183_600],
    ['2 d 3 h', 183_600],
    ['2 days, 3 hours and 5 minutes', 183_900],
    ['45s', 45],
    ['45 sec', 45],
    ['1 week', 604_800],
    ['83', 4980], // a bare number is minutes
    ['1,5', 90],
    ['0', 0],
    ['2 H 5 MIN', 7500],
  ] as const)('%s is %i s', (raw, seconds) => {
    expect(value(raw, 'duration')).toBeCloseTo(seconds, 6);
  });

  it('reads a bare number in the unit an export column says', () => {
    expect(value('83', 'duration', { bareDurationUnit: 'seconds' })).toBe(83);
    expect(value('1.5', 'duration', { bareDurationUnit: 'hours' })).toBe(5400);
    expect(value('1,5', 'duration', { bareDurationUnit: 'hours', decimalComma: true })).toBe(5400);
  });

  it.each([
    ['-5 min', 'A duration cannot be negative. Use a duration like 1:05:00, 83 min or 1 h 23 min.'],
    ['-5', 'A duration cannot be negative. Use a duration like 1:05:00, 83 min or 1 h 23 min.'],
    ['5 parsecs', 'Use a duration like 1:05:00, 83 min or 1 h 23 min.'],
    ['1:75', 'Use a duration like 1:05:00, 83 min or 1 h 23 min.'],
    ['1:2:3:4', 'Use a duration like 1:05:00, 83 min or 1 h 23 min.'],
    ['h 5', 'Use a duration like 1:05:00, 83 min or 1 h 23 min.'],
    ['soon', 'Use a duration like 1:05:00, 83 min or 1 h 23 min.'],
  ])('%j is refused', (raw, message) => {
    expect(parseKpiValue(raw, 'duration')).toEqual({ ok: false, message });
  });
});

describe('a count and a score', () => {
  it.each([
    ['42', 'count', {}, 42],
    ['1,234', 'count', {}, 1234],
    ['1.234', 'count', { decimalComma: true }, 1234],
    ['12.5', 'count', {}, 12.5],
    ['4.6', 'score', { scaleMax: 5 }, 4.6],
    ['4.6/5', 'score', { scaleMax: 5 }, 4.6],
    ['4.6/5', 'score', { scaleMax: 100 }, 92],
    ['4.6/5', 'score', { scaleMax: null }, 4.6],
    ['92 %', 'score', { scaleMax: 100 }, 92],
    ['85', 'score', { scaleMax: 100 }, 85],
    ['-3', 'score', { scaleMax: null }, -3],
  ] as const)('%s as %s %j is %s', (raw, unit, options, expected) => {
    expect(value(raw, unit, options)).toBeCloseTo(expected, 9);
  });

  it.each([
    ['-1', 'count', {}, 'A count cannot be negative. Use a number of 0 or more, like 42.'],
    ['lots', 'count', {}, 'Use a number of 0 or more, like 42.'],
    ['6', 'score', { scaleMax: 5 }, 'This score is above 5. Use a score from 0 to 5, like 4.6.'],
    [
      '101',
      'score',
      { scaleMax: 100 },
      'This score is above 100. Use a score from 0 to 100, like 85.',
    ],
    [
      '-1',
      'score',
      { scaleMax: 5 },
      'A score cannot be negative. Use a score from 0 to 5, like 4.6.',
    ],
    ['6/5', 'score', { scaleMax: 5 }, '6 is above 5. Use a score from 0 to 5, like 4.6.'],
    [
      '90 %',
      'score',
      { scaleMax: null },
      'This score has no scale, so a percentage cannot be read. Use a number like 4.6.',
    ],
    ['great', 'score', { scaleMax: 5 }, 'Use a score from 0 to 5, like 4.6.'],
  ] as const)('%j as %s %j is refused', (raw, unit, options, message) => {
    expect(parseKpiValue(raw, unit, options)).toEqual({ ok: false, message });
  });
});

describe('a satisfaction rating', () => {
  it.each([
    ['5', true],
    ['4', true],
    ['4.0', true],
    ['3', false],
    ['1', false],
    ['good', true],
    ['Good', true],
    ['bad', false],
    ['satisfied', true],
    ['unsatisfied', false],
    ["Good, I'm satisfied", true],
    ['Good, I\u2019m satisfied', true],
    ["Bad, I'm unsatisfied", false],
    ['Great', true],
    ['Okay', false],
    ['Not Good', false],
    ['Amazing', true],
    ['Terrible', false],
    ['Extremely happy', true],
    ['Neutral', false],
  ] as const)('%s is positive: %s', (raw, positive) => {
    expect(parseSatisfaction(raw)).toEqual({ ok: true, positive });
  });

  it.each(['', '0', '6', '4.5', 'Offered', 'maybe'])('%j is not a rating', (raw) => {
    expect(parseSatisfaction(raw).ok).toBe(false);
  });

  it('says what a rating looks like', () => {
    expect(parseSatisfaction('Offered')).toEqual({
      ok: false,
      message:
        '"Offered" is not a rating. Use 1 to 5 (4 and 5 count as positive), or good and bad.',
    });
  });
});

describe('showing a value', () => {
  it.each([
    [0.92, 'percent', null, '92 %'],
    [0.925, 'percent', null, '92.5 %'],
    [0.92345, 'percent', null, '92.3 %'],
    [1, 'percent', null, '100 %'],
    [0, 'duration', null, '0 s'],
    [45, 'duration', null, '45 s'],
    [59.6, 'duration', null, '1 min'],
    [720, 'duration', null, '12 min'],
    [3569, 'duration', null, '59 min'],
    [3599, 'duration', null, '1 h'],
    [3900, 'duration', null, '1 h 05 min'],
    [5025, 'duration', null, '1 h 24 min'],
    [86_399, 'duration', null, '1 d'],
    [183_600, 'duration', null, '2 d 3 h'],
    [1234, 'count', null, '1,234'],
    [12.5, 'count', null, '12.5'],
    [4.6, 'score', 5, '4.6/5'],
    [85, 'score', 100, '85/100'],
    [4.567, 'score', null, '4.57'],
  ] as const)('%s %s (scale %s) shows as %s', (stored, unit, scaleMax, shown) => {
    expect(formatKpiValue(stored, unit, { scaleMax })).toBe(shown);
  });

  it.each([
    [0.03, 'percent', '+3 %'],
    [-720, 'duration', '\u221212 min'],
    [0, 'count', '±0'],
    [-0.25, 'score', '\u22120.25'],
  ] as const)('a change of %s %s shows as %s', (change, unit, shown) => {
    expect(formatKpiChange(change, unit)).toBe(shown);
  });
});

describe('an editable cell round-trips', () => {
  it.each([
    [0.92, 'percent', '92 %'],
    [0.01, 'percent', '1 %'],
    [0.005, 'percent', '0.5 %'],
    [1, 'percent', '100 %'],
    [3900, 'duration', '1 h 5 min'],
    [45, 'duration', '45 s'],
    [0, 'duration', '0 s'],
    [183_605, 'duration', '2 d 3 h 5 s'],
    [1234, 'count', '1234'],
    [4.6, 'score', '4.6'],
  ] as const)('%s %s is written %s and read back', (stored, unit, text) => {
    expect(formatKpiInput(stored, unit)).toBe(text);
    expect(value(text, unit, { scaleMax: unit === 'score' ? 5 : null })).toBeCloseTo(stored, 9);
    expect(
      value(text, unit, { decimalComma: true, scaleMax: unit === 'score' ? 5 : null }),
    ).toBeCloseTo(stored, 9);
  });
});
