import { describe, expect, it } from 'vitest';
import {
  movesLeftByChange,
  notRecordedOneOnOnes,
  openOneOnOnes,
  type OpenOneOnOne,
} from '../../../../shared/domain/schedule';
import type { Meeting, Schedule } from '../../../../shared/model/meeting';
import type { Cadence } from '../../../../shared/model/person';
import { weeklyCadence } from '../../helpers/people';
import {
  emptySchedule,
  ledgerSource,
  makeMeeting,
  moveException,
  wallClock,
} from '../../helpers/records';
import { inTimeZone } from '../../helpers/time-zone';

// 1:1s the lead placed by hand (written down, moved) in the ledger. Weekly on Tuesday at 10:00
// from 2026-11-17 unless a case says otherwise; the person was added on 2026-11-18 (local noon).

const move = moveException;
const src = (cadence: Cadence, schedule: Schedule, meetings: Meeting[]) =>
  ledgerSource(cadence, schedule, meetings, new Date('2026-11-18T12:00:00').toISOString());
const show = (items: OpenOneOnOne[]) =>
  items.map(
    (o) =>
      `${o.occurrence ?? 'one-off'} @ ${wallClock(o.at)}${o.meetingId ? ` ${o.meetingId}` : ''}${o.moved ? ' moved' : ''}`,
  );
const range = (from: string, to: string) => [new Date(from), new Date(to)] as const;

describe('openOneOnOnes: a written-down 1:1 is where its record says', () => {
  it.each([
    [
      'an opened occurrence after a time-only change keeps its written time',
      weeklyCadence({ time: '14:00' }),
      [makeMeeting({ id: 'm', occurrence: '2026-12-08', at: '2026-12-08T10:00' })],
      emptySchedule(),
      ['2026-12-01 @ 2026-12-01 14:00', '2026-12-08 @ 2026-12-08 10:00 m'],
    ],
    [
      'an opened occurrence the cadence no longer has is a one-off at its date',
      weeklyCadence({ weekday: 4 }),
      [makeMeeting({ id: 'm', occurrence: '2026-12-08', at: '2026-12-08T10:00' })],
      emptySchedule(),
      ['2026-12-03 @ 2026-12-03 10:00', 'one-off @ 2026-12-08 10:00 m'],
    ],
    [
      'an opened and moved occurrence shows once, at its new time, as moved',
      weeklyCadence(),
      [makeMeeting({ id: 'm', occurrence: '2026-12-01', at: '2026-12-09T16:00' })],
      emptySchedule({ exceptions: [move('2026-12-01', '2026-12-09T16:00')] }),
      ['2026-12-08 @ 2026-12-08 10:00', '2026-12-01 @ 2026-12-09 16:00 m moved'],
    ],
    [
      'an opened occurrence that was skipped before stays listed, never hidden',
      weeklyCadence(),
      [makeMeeting({ id: 'm', occurrence: '2026-12-01', at: '2026-12-01T10:00' })],
      emptySchedule({
        exceptions: [{ occurrence: '2026-12-01', kind: 'skip', movedTo: null, reason: '' }],
      }),
      ['2026-12-01 @ 2026-12-01 10:00 m', '2026-12-08 @ 2026-12-08 10:00'],
    ],
  ])('%s', (_, cadence, meetings, schedule, expected) => {
    for (const zone of ['Europe/Berlin', 'America/New_York', 'Australia/Sydney']) {
      inTimeZone(zone, () => {
        const [from, to] = range('2026-11-30T00:00:00', '2026-12-10T00:00:00');
        expect(show(openOneOnOnes(src(cadence, schedule, meetings), from, to))).toEqual(expected);
      });
    }
  });
});

describe('movesLeftByChange', () => {
  const schedule = emptySchedule({
    exceptions: [move('2026-12-08', '2026-12-10T15:00'), move('2026-12-15', '2026-12-16T09:00')],
  });

  it('names the moves whose date the new cadence does not have, unless written down', () => {
    const fridays = weeklyCadence({ weekday: 5 });
    expect(movesLeftByChange(fridays, schedule, [])).toEqual([
      { occurrence: '2026-12-08', at: '2026-12-10T15:00' },
      { occurrence: '2026-12-15', at: '2026-12-16T09:00' },
    ]);
    expect(movesLeftByChange(fridays, schedule, [{ occurrence: '2026-12-15' }])).toEqual([
      { occurrence: '2026-12-08', at: '2026-12-10T15:00' },
    ]);
  });

  it('names none when the cadence still has the dates (time changed) or keeps them in its past', () => {
    expect(movesLeftByChange(weeklyCadence({ time: '11:00' }), schedule, [])).toEqual([]);
    const past = emptySchedule({
      exceptions: schedule.exceptions,
      pastCadences: [{ cadence: weeklyCadence(), until: '2026-12-20' }],
    });
    expect(movesLeftByChange(weeklyCadence({ weekday: 5 }), past, [])).toEqual([]);
  });
});

describe('notRecordedOneOnOnes: 1:1s placed before the person was added', () => {
  it('counts a move or a planned ad-hoc 1:1 there, but no cadence date before that day', () => {
    const schedule = emptySchedule({ exceptions: [move('2026-11-24', '2026-10-01T15:00')] });
    const meetings = [makeMeeting({ id: 'a', occurrence: null, at: '2025-06-02T09:00' })];
    const source = src(weeklyCadence({ startsOn: '2026-01-06' }), schedule, meetings);
    expect(show(notRecordedOneOnOnes(source, new Date('2026-11-26T08:00:00')))).toEqual([
      'one-off @ 2025-06-02 09:00 a',
      '2026-11-24 @ 2026-10-01 15:00 moved',
    ]);
  });

  it('leaves out such 1:1s once marked', () => {
    const meetings = [
      makeMeeting({ id: 'a', occurrence: null, at: '2025-06-02T09:00', status: 'held' }),
    ];
    const source = src(weeklyCadence({ startsOn: '2026-01-06' }), emptySchedule(), meetings);
    expect(show(notRecordedOneOnOnes(source, new Date('2026-11-20T08:00:00')))).toEqual([]);
  });
});
