import { describe, expect, it } from 'vitest';
import {
  isFuturePeriod,
  isValidPeriodKey,
  lastEndedPeriod,
  nextPeriod,
  periodBounds,
  periodKeyOf,
  periodKeyOfInstant,
  periodLabel,
  periodOfKey,
  periodShortLabel,
  periodsBetween,
  periodsEndingWith,
  previousPeriod,
} from '../../../../../shared/domain/kpis/periods';
import { inTimeZone } from '../../../helpers/time-zone';

const ZONES = ['UTC', 'America/New_York', 'Pacific/Auckland', 'Europe/Berlin'];

describe.each(ZONES)('periods in %s', (zone) => {
  const run = (check: () => void) => () => inTimeZone(zone, check);

  it.each([
    ['2026-11-18', 'week', '2026-W47'],
    ['2026-11-16', 'week', '2026-W47'],
    ['2026-11-22', 'week', '2026-W47'],
    ['2026-11-23', 'week', '2026-W48'],
    ['2026-12-31', 'week', '2026-W53'],
    ['2027-01-01', 'week', '2026-W53'],
    ['2027-01-03', 'week', '2026-W53'],
    ['2027-01-04', 'week', '2027-W01'],
    ['2020-12-31', 'week', '2020-W53'],
    ['2024-12-30', 'week', '2025-W01'],
    ['2026-03-29', 'week', '2026-W13'], // a DST day in Europe
    ['2026-11-18', 'month', '2026-11'],
    ['2026-12-31', 'month', '2026-12'],
    ['2027-01-01', 'month', '2027-01'],
  ] as const)('%s is in %s %s', (date, period, key) =>
    run(() => expect(periodKeyOf(date, period)).toBe(key))(),
  );

  it.each([
    ['2026-W47', '2026-11-16', '2026-11-22'],
    ['2026-W53', '2026-12-28', '2027-01-03'],
    ['2027-W01', '2027-01-04', '2027-01-10'],
    ['2020-W53', '2020-12-28', '2021-01-03'],
    ['2026-W13', '2026-03-23', '2026-03-29'],
    ['2026-W44', '2026-10-26', '2026-11-01'],
    ['2026-11', '2026-11-01', '2026-11-30'],
    ['2028-02', '2028-02-01', '2028-02-29'],
    ['2026-12', '2026-12-01', '2026-12-31'],
  ])('%s runs from %s to %s', (key, start, end) =>
    run(() => expect(periodBounds(key)).toEqual({ start, end }))(),
  );

  it.each([
    ['2026-W47', '2026-W46', '2026-W48'],
    ['2027-W01', '2026-W53', '2027-W02'],
    ['2026-W53', '2026-W52', '2027-W01'],
    ['2025-W01', '2024-W52', '2025-W02'],
    ['2026-01', '2025-12', '2026-02'],
    ['2026-12', '2026-11', '2027-01'],
  ])('before %s is %s, after it %s', (key, before, after) =>
    run(() => {
      expect(previousPeriod(key)).toBe(before);
      expect(nextPeriod(key)).toBe(after);
    })(),
  );

  it('takes an instant to the lead’s local period', () =>
    run(() => {
      // Monday 2026-11-23 03:00 in UTC is still Sunday (W47) in New York, Monday (W48) elsewhere east.
      const key = periodKeyOfInstant('2026-11-23T03:00:00.000Z', 'week');
      expect(key).toBe(zone === 'America/New_York' ? '2026-W47' : '2026-W48');
      // 2026-11-30T20:00Z is already December in Auckland.
      const month = periodKeyOfInstant('2026-11-30T20:00:00.000Z', 'month');
      expect(month).toBe(zone === 'Pacific/Auckland' ? '2026-12' : '2026-11');
    })());
});

describe('which periods count', () => {
  it.each([
    ['2026-W53', true],
    ['2020-W53', true],
    ['2025-W53', false],
    ['2026-W00', false],
    ['2026-13', false],
    ['2026-00', false],
    ['2026-11', true],
    ['26-11', false],
    ['2026-w47', false],
  ])('%s is valid: %s', (key, valid) => {
    expect(isValidPeriodKey(key)).toBe(valid);
  });

  it('refuses to compute with a key that is not a period', () => {
    expect(() => periodBounds('2025-W53')).toThrow();
    expect(() => periodOfKey('November')).toThrow();
  });

  it.each([
    ['2026-11-18', 'week', '2026-W46'],
    ['2026-11-16', 'week', '2026-W46'],
    ['2027-01-01', 'week', '2026-W52'],
    ['2026-11-18', 'month', '2026-10'],
    ['2026-01-05', 'month', '2025-12'],
  ] as const)('on %s the last ended %s is %s', (today, period, key) => {
    expect(lastEndedPeriod(today, period)).toBe(key);
  });

  it.each([
    ['2026-W47', '2026-11-18', false],
    ['2026-W48', '2026-11-18', true],
    ['2026-W48', '2026-11-23', false],
    ['2026-11', '2026-11-18', false],
    ['2026-12', '2026-11-30', true],
    ['2026-12', '2026-12-01', false],
    ['2025-W01', '2024-12-29', true],
    ['2025-W01', '2024-12-30', false],
  ])('%s is in the future on %s: %s', (key, today, future) => {
    expect(isFuturePeriod(key, today)).toBe(future);
  });
});

describe('ranges and labels', () => {
  it('lists the periods between two, across a year', () => {
    expect(periodsBetween('2026-W52', '2027-W02')).toEqual([
      '2026-W52',
      '2026-W53',
      '2027-W01',
      '2027-W02',
    ]);
    expect(periodsBetween('2026-11', '2027-02')).toEqual([
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
    ]);
    expect(periodsBetween('2026-11', '2026-11')).toEqual(['2026-11']);
    expect(periodsBetween('2026-12', '2026-11')).toEqual([]);
    expect(() => periodsBetween('2026-11', '2026-W50')).toThrow();
  });

  it('stops a long range at ten years of weeks', () => {
    expect(periodsBetween('2000-W01', '2099-W01')).toHaveLength(530);
  });

  it('lists the periods that end with one', () => {
    expect(periodsEndingWith('2027-W01', 3)).toEqual(['2026-W52', '2026-W53', '2027-W01']);
    expect(periodsEndingWith('2026-02', 3)).toEqual(['2025-12', '2026-01', '2026-02']);
  });

  it.each([
    ['2026-11', 'Nov 2026', 'Nov \u201926'],
    ['2026-W47', 'Week 47, 2026', 'W47 \u201926'],
    ['2026-W05', 'Week 5, 2026', 'W5 \u201926'],
  ])('%s reads %s', (key, label, short) => {
    expect(periodLabel(key)).toBe(label);
    expect(periodShortLabel(key)).toBe(short);
    expect(periodOfKey(key)).toBe(key.includes('W') ? 'week' : 'month');
  });
});
