import { describe, expect, it } from 'vitest';
import {
  scheduledOccurrences,
  upcomingOneOnOnes,
  type OpenOneOnOne,
  type Occurrence,
} from '../../../../shared/domain/schedule';
import type { Meeting, Schedule, ScheduleException } from '../../../../shared/model/meeting';
import type { Cadence } from '../../../../shared/model/person';
import { fixedClock, weeklyCadence } from '../../helpers/people';
import {
  emptySchedule,
  ledgerSource,
  makeMeeting,
  moveException,
  wallClock,
} from '../../helpers/records';

// The fixed clock is Wednesday 2026-11-18 09:00; the cadence is weekly on Tuesday at 10:00
// from 2026-11-17, so the occurrences are 11-17 (past), 11-24, 12-01, 12-08, ...
const NOW = fixedClock();
const WEEKLY = weeklyCadence();

const skip = (occurrence: string): ScheduleException => ({
  occurrence,
  kind: 'skip',
  movedTo: null,
  reason: 'Holiday',
});
const move = moveException;
/** The ledger's view of one person, added to Coachbook long before the clock. */
const src = (cadence: Cadence, schedule: Schedule, meetings: Meeting[]) =>
  ledgerSource(cadence, schedule, meetings, '2026-01-01T12:00:00.000Z');
const show = (items: (Occurrence | OpenOneOnOne)[]) =>
  items.map((o) => `${o.occurrence ?? 'ad hoc'} @ ${wallClock(o.at)}${o.moved ? ' moved' : ''}`);

describe('scheduledOccurrences', () => {
  it('lists the cadence from `from` when nothing was changed', () => {
    expect(show(scheduledOccurrences(WEEKLY, emptySchedule(), NOW, 3))).toEqual([
      '2026-11-24 @ 2026-11-24 10:00',
      '2026-12-01 @ 2026-12-01 10:00',
      '2026-12-08 @ 2026-12-08 10:00',
    ]);
  });

  it('leaves a skipped occurrence out and still returns `count` of them', () => {
    const schedule = emptySchedule({ exceptions: [skip('2026-11-24')] });
    expect(show(scheduledOccurrences(WEEKLY, schedule, NOW, 3))).toEqual([
      '2026-12-01 @ 2026-12-01 10:00',
      '2026-12-08 @ 2026-12-08 10:00',
      '2026-12-15 @ 2026-12-15 10:00',
    ]);
  });

  it('shows a moved occurrence at its new time, in time order, keeping its original date', () => {
    const schedule = emptySchedule({ exceptions: [move('2026-11-24', '2026-12-02T15:30')] });
    expect(show(scheduledOccurrences(WEEKLY, schedule, NOW, 3))).toEqual([
      '2026-12-01 @ 2026-12-01 10:00',
      '2026-11-24 @ 2026-12-02 15:30 moved',
      '2026-12-08 @ 2026-12-08 10:00',
    ]);
  });

  it('brings in an occurrence from before `from` that was moved after it', () => {
    const schedule = emptySchedule({ exceptions: [move('2026-11-17', '2026-11-19T14:00')] });
    expect(show(scheduledOccurrences(WEEKLY, schedule, NOW, 2))).toEqual([
      '2026-11-17 @ 2026-11-19 14:00 moved',
      '2026-11-24 @ 2026-11-24 10:00',
    ]);
  });

  it('drops an occurrence that was moved to before `from`', () => {
    const schedule = emptySchedule({ exceptions: [move('2026-11-24', '2026-11-16T10:00')] });
    expect(show(scheduledOccurrences(WEEKLY, schedule, NOW, 1))).toEqual([
      '2026-12-01 @ 2026-12-01 10:00',
    ]);
  });

  it('follows a past cadence before its end date and the current one from then on', () => {
    const schedule = emptySchedule({ pastCadences: [{ cadence: WEEKLY, until: '2026-12-01' }] });
    const current = weeklyCadence({
      frequency: 'biweekly',
      weekday: 4,
      time: '14:00',
      startsOn: '2026-12-01',
    });
    expect(show(scheduledOccurrences(current, schedule, NOW, 4))).toEqual([
      '2026-11-24 @ 2026-11-24 10:00',
      '2026-12-03 @ 2026-12-03 14:00',
      '2026-12-17 @ 2026-12-17 14:00',
      '2026-12-31 @ 2026-12-31 14:00',
    ]);
  });

  it("ignores the current cadence's dates before a past cadence ended", () => {
    const schedule = emptySchedule({ pastCadences: [{ cadence: WEEKLY, until: '2026-12-01' }] });
    // Started long ago on Thursdays: 11-19 and 11-26 still belong to the old Tuesday cadence.
    const current = weeklyCadence({ weekday: 4, startsOn: '2026-01-01' });
    expect(show(scheduledOccurrences(current, schedule, NOW, 3))).toEqual([
      '2026-11-24 @ 2026-11-24 10:00',
      '2026-12-03 @ 2026-12-03 10:00',
      '2026-12-10 @ 2026-12-10 10:00',
    ]);
  });

  it('applies skips to the occurrences of a past cadence too', () => {
    const schedule = emptySchedule({
      pastCadences: [{ cadence: WEEKLY, until: '2026-12-01' }],
      exceptions: [skip('2026-11-24')],
    });
    const current = weeklyCadence({ weekday: 5, startsOn: '2026-12-01' });
    expect(show(scheduledOccurrences(current, schedule, NOW, 1))).toEqual([
      '2026-12-04 @ 2026-12-04 10:00',
    ]);
  });
});

describe('upcomingOneOnOnes', () => {
  it.each(['held', 'cancelled', 'missed'] as const)(
    'hides an occurrence whose meeting is %s',
    (status) => {
      const meetings = [makeMeeting({ id: 'm-24', status })];
      const upcoming = upcomingOneOnOnes(src(WEEKLY, emptySchedule(), meetings), NOW, 2);
      expect(show(upcoming)).toEqual([
        '2026-12-01 @ 2026-12-01 10:00',
        '2026-12-08 @ 2026-12-08 10:00',
      ]);
    },
  );

  it('keeps an occurrence whose meeting is planned, with its meeting id', () => {
    const meetings = [makeMeeting({ id: 'm-24', status: 'planned' })];
    const [first, second] = upcomingOneOnOnes(src(WEEKLY, emptySchedule(), meetings), NOW, 2);
    expect(first).toMatchObject({ occurrence: '2026-11-24', meetingId: 'm-24', moved: false });
    expect(second).toMatchObject({ occurrence: '2026-12-01', meetingId: null });
  });

  it('merges planned ad-hoc 1:1s in time order and leaves out past or held ones', () => {
    const meetings = [
      makeMeeting({ id: 'adhoc-future', occurrence: null, at: '2026-11-26T16:00' }),
      makeMeeting({ id: 'adhoc-past', occurrence: null, at: '2026-11-18T08:00' }),
      makeMeeting({ id: 'adhoc-held', occurrence: null, at: '2026-11-25T10:00', status: 'held' }),
    ];
    const upcoming = upcomingOneOnOnes(src(WEEKLY, emptySchedule(), meetings), NOW, 3);
    expect(show(upcoming)).toEqual([
      '2026-11-24 @ 2026-11-24 10:00',
      'ad hoc @ 2026-11-26 16:00',
      '2026-12-01 @ 2026-12-01 10:00',
    ]);
    expect(upcoming[1]).toMatchObject({ meetingId: 'adhoc-future', occurrence: null });
  });

  it('counts an ad-hoc 1:1 later today as upcoming', () => {
    const meetings = [makeMeeting({ id: 'today', occurrence: null, at: '2026-11-18T09:00' })];
    const [first] = upcomingOneOnOnes(src(WEEKLY, emptySchedule(), meetings), NOW, 1);
    expect(first?.meetingId).toBe('today');
  });

  it('gives only ad-hoc 1:1s for a person without a cadence', () => {
    const meetings = [makeMeeting({ id: 'x', occurrence: null, at: '2026-12-01T09:00' })];
    const none = weeklyCadence({ frequency: 'none' });
    expect(show(upcomingOneOnOnes(src(none, emptySchedule(), meetings), NOW, 5))).toEqual([
      'ad hoc @ 2026-12-01 09:00',
    ]);
  });
});
