import { describe, expect, it } from 'vitest';
import {
  displayLocalDate,
  localDateTimeToDate,
  localDaysBetween,
  storedToLocalDate,
  timestampToLocalDate,
  timestampToLocalDateTime,
} from '../../../../shared/domain/local-time';
import { inTimeZone } from '../../helpers/time-zone';

/** The stored UTC timestamp of a local wall-clock time, in whatever zone the tests run. */
const stamp = (local: string) => new Date(local).toISOString();

// Just after midnight and just before it, local time: in any zone but UTC one of the two falls on
// another UTC day, so slicing the stored timestamp would give the wrong local date.
const EDGES = ['2027-01-04T00:30', '2027-01-04T20:00', '2027-01-04T23:30'];

describe('local time of stored timestamps', () => {
  it.each(EDGES)('shows %s local time as that local date and time', (local) => {
    expect(timestampToLocalDateTime(stamp(local))).toBe(local);
    expect(timestampToLocalDate(stamp(local))).toBe('2027-01-04');
    expect(storedToLocalDate(stamp(local))).toBe('2027-01-04');
  });

  it('shows 01:00Z on 5 January as 20:00 on 4 January in New York', () => {
    inTimeZone('America/New_York', () => {
      expect(timestampToLocalDateTime('2027-01-05T01:00:00.000Z')).toBe('2027-01-04T20:00');
      expect(timestampToLocalDate('2027-01-05T01:00:00.000Z')).toBe('2027-01-04');
    });
  });

  it('keeps a local date as it is', () => {
    expect(storedToLocalDate('2027-01-04')).toBe('2027-01-04');
    expect(localDateTimeToDate('2027-01-04T23:30')).toBe('2027-01-04');
    expect(localDateTimeToDate('2027-01-04')).toBe('2027-01-04');
  });
});

describe('localDaysBetween', () => {
  it('counts calendar days, negative backwards, across DST changes and year ends', () => {
    expect(localDaysBetween('2027-01-04', '2027-01-04')).toBe(0);
    expect(localDaysBetween('2027-01-04', '2027-01-07')).toBe(3);
    expect(localDaysBetween('2027-01-07', '2027-01-04')).toBe(-3);
    expect(localDaysBetween('2026-12-30', '2027-01-02')).toBe(3);
    // Spring forward and fall back in the US, Europe, Chile and Australia.
    expect(localDaysBetween('2027-03-13', '2027-03-15')).toBe(2);
    expect(localDaysBetween('2027-03-27', '2027-03-29')).toBe(2);
    expect(localDaysBetween('2027-04-03', '2027-04-05')).toBe(2);
    expect(localDaysBetween('2027-10-02', '2027-10-04')).toBe(2);
    expect(localDaysBetween('2027-11-06', '2027-11-08')).toBe(2);
  });
});

describe('displayLocalDate', () => {
  it('reads a local date as that day, never the day before', () => {
    expect(displayLocalDate('2027-01-04')).toBe('4 Jan 2027');
    expect(displayLocalDate('2027-03-28')).toBe('28 Mar 2027');
  });
});
