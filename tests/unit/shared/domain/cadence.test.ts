import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { nextMeeting, upcomingMeetings } from '../../helpers/cadence';
import type { Cadence } from '../../../../shared/model/person';

/** Wednesday 18 November 2026, 09:00 local time. */
const NOW = new Date('2026-11-18T09:00:00');

function cadence(overrides: Partial<Cadence>): Cadence {
  return {
    frequency: 'weekly',
    weekday: 2,
    time: '10:00',
    weekOfMonth: 1,
    startsOn: '2026-01-06',
    ...overrides,
  };
}

/** Local wall-clock text, so the assertions read the same in every time zone. */
const local = (dates: Date[]) => dates.map((d) => format(d, 'yyyy-MM-dd EEE HH:mm'));

describe('upcomingMeetings: weekly', () => {
  it('lists the next Tuesdays at the cadence time', () => {
    expect(local(upcomingMeetings(cadence({}), NOW, 3))).toEqual([
      '2026-11-24 Tue 10:00',
      '2026-12-01 Tue 10:00',
      '2026-12-08 Tue 10:00',
    ]);
  });

  it('includes a meeting later today and skips one earlier today', () => {
    expect(local(upcomingMeetings(cadence({ weekday: 3, time: '15:30' }), NOW, 1))).toEqual([
      '2026-11-18 Wed 15:30',
    ]);
    expect(local(upcomingMeetings(cadence({ weekday: 3, time: '08:59' }), NOW, 1))).toEqual([
      '2026-11-25 Wed 08:59',
    ]);
  });

  it('counts a meeting exactly at `from` (inclusive)', () => {
    const at = new Date('2026-11-24T10:00:00');
    expect(nextMeeting(cadence({}), at)?.getTime()).toBe(at.getTime());
    const justAfter = new Date('2026-11-24T10:00:01');
    expect(local([nextMeeting(cadence({}), justAfter)!])).toEqual(['2026-12-01 Tue 10:00']);
  });

  it('does not start before startsOn, even when `from` is earlier', () => {
    const c = cadence({ startsOn: '2027-01-07', weekday: 1 });
    expect(local(upcomingMeetings(c, NOW, 2))).toEqual([
      '2027-01-11 Mon 10:00',
      '2027-01-18 Mon 10:00',
    ]);
  });

  it('returns nothing for a count of zero', () => {
    expect(upcomingMeetings(cadence({}), NOW, 0)).toEqual([]);
  });
});

describe('upcomingMeetings: biweekly', () => {
  it('meets in the weeks of startsOn, every second week', () => {
    // 2026-01-06 + 46 weeks = 2026-11-24, an even number of weeks: an "on" week.
    expect(local(upcomingMeetings(cadence({ frequency: 'biweekly' }), NOW, 3))).toEqual([
      '2026-11-24 Tue 10:00',
      '2026-12-08 Tue 10:00',
      '2026-12-22 Tue 10:00',
    ]);
  });

  it('shifts by one week when startsOn is one week later', () => {
    const c = cadence({ frequency: 'biweekly', startsOn: '2026-01-13' });
    expect(local(upcomingMeetings(c, NOW, 2))).toEqual([
      '2026-12-01 Tue 10:00',
      '2026-12-15 Tue 10:00',
    ]);
  });

  it('anchors the fortnight to the week of a mid-week startsOn, whatever the weekday', () => {
    // Wednesday 2026-01-07 is in the week of Monday 2026-01-05: that week is an "on" week even
    // though its Tuesday is before the start, so the first 1:1 is 2026-01-20, not 01-13.
    const c = cadence({ frequency: 'biweekly', startsOn: '2026-01-07' });
    expect(local(upcomingMeetings(c, new Date('2026-01-01T00:00:00'), 2))).toEqual([
      '2026-01-20 Tue 10:00',
      '2026-02-03 Tue 10:00',
    ]);
    expect(local([nextMeeting(c, NOW)!])).toEqual(['2026-11-24 Tue 10:00']);
  });

  it('keeps the same weeks when only the weekday differs', () => {
    const monday = cadence({ frequency: 'biweekly', weekday: 1, startsOn: '2026-01-07' });
    const friday = cadence({ frequency: 'biweekly', weekday: 5, startsOn: '2026-01-07' });
    expect(local(upcomingMeetings(monday, NOW, 1))).toEqual(['2026-11-23 Mon 10:00']);
    expect(local(upcomingMeetings(friday, NOW, 1))).toEqual(['2026-11-27 Fri 10:00']);
  });

  it('keeps the parity across a year boundary', () => {
    const c = cadence({ frequency: 'biweekly', startsOn: '2026-12-22' });
    expect(local(upcomingMeetings(c, new Date('2027-01-01T00:00:00'), 2))).toEqual([
      '2027-01-05 Tue 10:00',
      '2027-01-19 Tue 10:00',
    ]);
  });
});

describe('upcomingMeetings: monthly', () => {
  const monthly = (weekday: number, weekOfMonth: number, startsOn = '2026-01-01') =>
    cadence({ frequency: 'monthly', weekday, weekOfMonth, startsOn });

  it('finds the first to fourth weekday of the month', () => {
    // November 2026 starts on a Sunday; Thursdays are the 5th, 12th, 19th and 26th.
    const from = new Date('2026-11-01T00:00:00');
    const thursdays = [1, 2, 3, 4].map((n) => local([nextMeeting(monthly(4, n), from)!])[0]);
    expect(thursdays).toEqual([
      '2026-11-05 Thu 10:00',
      '2026-11-12 Thu 10:00',
      '2026-11-19 Thu 10:00',
      '2026-11-26 Thu 10:00',
    ]);
  });

  it("skips this month's meeting once it is past", () => {
    // The first Monday of November 2026 was the 2nd; December's is the 7th.
    expect(local(upcomingMeetings(monthly(1, 1), NOW, 2))).toEqual([
      '2026-12-07 Mon 10:00',
      '2027-01-04 Mon 10:00',
    ]);
  });

  it("'last' (weekOfMonth 5) is the fifth occurrence in a month that has five", () => {
    // November 2026 has five Mondays: 2, 9, 16, 23, 30.
    expect(local(upcomingMeetings(monthly(1, 5), NOW, 3))).toEqual([
      '2026-11-30 Mon 10:00',
      '2026-12-28 Mon 10:00',
      '2027-01-25 Mon 10:00',
    ]);
    expect(local([nextMeeting(monthly(1, 4), NOW)!])).toEqual(['2026-11-23 Mon 10:00']);
  });

  it("'last' lands on 29 February in the leap year 2028", () => {
    const from = new Date('2028-02-01T00:00:00');
    expect(local(upcomingMeetings(monthly(2, 5), from, 2))).toEqual([
      '2028-02-29 Tue 10:00',
      '2028-03-28 Tue 10:00',
    ]);
    expect(local([nextMeeting(monthly(2, 4), from)!])).toEqual(['2028-02-22 Tue 10:00']);
  });

  it('moves to the next month once the last meeting of a month is past (month end)', () => {
    const atMeeting = new Date('2026-11-30T10:00:00');
    expect(nextMeeting(monthly(1, 5), atMeeting)?.getTime()).toBe(atMeeting.getTime());
    expect(local([nextMeeting(monthly(1, 5), new Date('2026-11-30T10:01:00'))!])).toEqual([
      '2026-12-28 Mon 10:00',
    ]);
  });

  it("ignores a month's meeting that falls before startsOn", () => {
    // startsOn 2026-11-20 is after the first Monday (2nd) but before the last one (30th).
    expect(local([nextMeeting(monthly(1, 1, '2026-11-20'), NOW)!])).toEqual([
      '2026-12-07 Mon 10:00',
    ]);
    expect(local([nextMeeting(monthly(1, 5, '2026-11-20'), NOW)!])).toEqual([
      '2026-11-30 Mon 10:00',
    ]);
  });
});

describe("upcomingMeetings: 'none'", () => {
  it('has no meetings and no next meeting', () => {
    expect(upcomingMeetings(cadence({ frequency: 'none' }), NOW, 5)).toEqual([]);
    expect(nextMeeting(cadence({ frequency: 'none' }), NOW)).toBeNull();
  });
});

describe('upcomingMeetings across daylight-saving changes', () => {
  const wallClock = (dates: Date[]) => dates.map((d) => [d.getHours(), d.getMinutes()]);

  it('keeps the wall-clock time over the late-March change', () => {
    const c = cadence({ weekday: 1, time: '09:30', startsOn: '2026-03-02' });
    const dates = upcomingMeetings(c, new Date('2026-03-16T00:00:00'), 4);
    expect(local(dates)).toEqual([
      '2026-03-16 Mon 09:30',
      '2026-03-23 Mon 09:30',
      '2026-03-30 Mon 09:30',
      '2026-04-06 Mon 09:30',
    ]);
    expect(wallClock(dates)).toEqual(Array(4).fill([9, 30]));
  });

  it('keeps the wall-clock time over the late-October change', () => {
    const c = cadence({ frequency: 'biweekly', weekday: 7, time: '02:30', startsOn: '2026-10-11' });
    const dates = upcomingMeetings(c, new Date('2026-10-12T00:00:00'), 2);
    expect(local(dates)).toEqual(['2026-10-25 Sun 02:30', '2026-11-08 Sun 02:30']);
    expect(wallClock(dates)).toEqual([
      [2, 30],
      [2, 30],
    ]);
  });
});
