import { afterAll, describe, expect, it, vi } from 'vitest';
import { upcomingMeetings } from '../../helpers/cadence';
import { describeShiftedTimes } from '../../../../shared/domain/cadence-text';
import type { Cadence } from '../../../../shared/model/person';

/**
 * CI may run in UTC, where no daylight-saving change happens. Node reads process.env.TZ when it
 * changes, so setting it before any Date is made runs this file in Berlin time.
 */
const previousTz = vi.hoisted(() => {
  const previous = process.env.TZ;
  process.env.TZ = 'Europe/Berlin';
  return previous;
});

afterAll(() => {
  if (previousTz === undefined) delete process.env.TZ;
  else process.env.TZ = previousTz;
});

const HOUR = 3_600_000;
const WEEK = 7 * 24 * HOUR;

const weekly = (weekday: number, time: string, startsOn: string): Cadence => ({
  frequency: 'weekly',
  weekday,
  time,
  weekOfMonth: 1,
  startsOn,
});

describe('cadence in Europe/Berlin', () => {
  it('really runs in Berlin time (winter offset +1h, summer +2h)', () => {
    expect(new Date('2026-03-23T09:30:00').getTimezoneOffset()).toBe(-60);
    expect(new Date('2026-03-30T09:30:00').getTimezoneOffset()).toBe(-120);
  });

  it('keeps 09:30 on the Monday after clocks go forward (29 March 2026)', () => {
    const dates = upcomingMeetings(weekly(1, '09:30', '2026-03-02'), new Date('2026-03-20'), 3);
    expect(dates.map((d) => [d.getDate(), d.getHours(), d.getMinutes()])).toEqual([
      [23, 9, 30],
      [30, 9, 30],
      [6, 9, 30],
    ]);
    // The week across the change is one hour short in absolute time.
    expect(dates[1]!.getTime() - dates[0]!.getTime()).toBe(WEEK - HOUR);
    expect(dates[2]!.getTime() - dates[1]!.getTime()).toBe(WEEK);
    expect(dates[0]!.toISOString()).toBe('2026-03-23T08:30:00.000Z');
    expect(dates[1]!.toISOString()).toBe('2026-03-30T07:30:00.000Z');
  });

  it('keeps 14:00 on the Thursday after clocks go back (25 October 2026)', () => {
    const dates = upcomingMeetings(weekly(4, '14:00', '2026-10-01'), new Date('2026-10-20'), 2);
    expect(dates.map((d) => [d.getDate(), d.getHours(), d.getMinutes()])).toEqual([
      [22, 14, 0],
      [29, 14, 0],
    ]);
    expect(dates[1]!.getTime() - dates[0]!.getTime()).toBe(WEEK + HOUR);
    expect(dates[1]!.toISOString()).toBe('2026-10-29T13:00:00.000Z');
  });

  it('keeps the monthly last-Monday time across the October change', () => {
    const monthly: Cadence = { ...weekly(1, '10:00', '2026-01-01'), frequency: 'monthly' };
    const dates = upcomingMeetings({ ...monthly, weekOfMonth: 5 }, new Date('2026-10-01'), 2);
    expect(dates.map((d) => d.toISOString())).toEqual([
      '2026-10-26T09:00:00.000Z',
      '2026-11-30T09:00:00.000Z',
    ]);
  });
});

describe('a 1:1 time that does not exist (spring forward)', () => {
  it('says so: 02:30 does not exist on 28 March 2027; the 1:1 is at 03:30', () => {
    const sundays = weekly(7, '02:30', '2027-03-01');
    expect(describeShiftedTimes(sundays, new Date('2027-03-01T00:00:00'))).toEqual([
      '02:30 does not exist on 28 March 2027; that 1:1 will be at 03:30.',
    ]);
    const dates = upcomingMeetings(sundays, new Date('2027-03-27T00:00:00'), 2);
    expect(dates.map((d) => d.toString().slice(16, 21))).toEqual(['03:30', '02:30']);
  });

  it('says nothing for a time that exists every day, nor for the autumn day it happens twice', () => {
    expect(describeShiftedTimes(weekly(7, '03:30', '2027-01-01'), new Date('2027-01-01'))).toEqual(
      [],
    );
    // Looking a year ahead from October: 31 October 2027 (02:30 twice) is fine; the next
    // spring-forward Sunday is the only one named.
    expect(describeShiftedTimes(weekly(7, '02:30', '2027-10-01'), new Date('2027-10-01'))).toEqual([
      '02:30 does not exist on 26 March 2028; that 1:1 will be at 03:30.',
    ]);
  });
});
