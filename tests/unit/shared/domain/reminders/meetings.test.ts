import { describe, expect, it } from 'vitest';
import { computeReminders } from '../../../../../shared/domain/reminders/compute';
import { makeFeedback, makeMeeting } from '../../../helpers/records';
import { weeklyCadence } from '../../../helpers/people';
import { input, iso, local, only, personDoc } from './fixtures';

const ids = (rs: { id: string }[]) => rs.map((r) => r.id);

describe('meeting reminders', () => {
  it('meeting_soon falls due its lead time before the 1:1 and stays that day until it is marked', () => {
    const data = input([personDoc()], only({ meeting_soon: true }));
    const id = 'meeting_soon:p-1:2026-11-18:2026-11-18T13:00';
    expect(ids(computeReminders(data, local('2026-11-18T12:49')).due)).toEqual([]);
    expect(computeReminders(data, local('2026-11-18T12:49')).upcoming[0]).toMatchObject({
      id,
      dueAt: iso('2026-11-18T12:50'),
    });
    const due = computeReminders(data, local('2026-11-18T12:50')).due;
    expect(due).toEqual([
      {
        id,
        kind: 'meeting_soon',
        title: '1:1 with Sam Lee at 13:00',
        body: 'Starts in 10 minutes.',
        dueAt: iso('2026-11-18T12:50'),
        personId: 'p-1',
        route: '/team/p-1/occurrence/2026-11-18',
      },
    ]);
    expect(ids(computeReminders(data, local('2026-11-18T23:59')).due)).toEqual([id]);
    expect(ids(computeReminders(data, local('2026-11-19T00:00')).due)).toEqual([]);
  });

  it('follows the lead time the lead set', () => {
    const data = input([personDoc()], only({ meeting_soon: 30 }));
    expect(ids(computeReminders(data, local('2026-11-18T12:29')).due)).toEqual([]);
    expect(computeReminders(data, local('2026-11-18T12:30')).due[0]?.dueAt).toBe(
      iso('2026-11-18T12:30'),
    );
  });

  it('meeting_prep opens the brief, 60 minutes before by default', () => {
    const data = input([personDoc()], only({ meeting_prep: true }));
    expect(computeReminders(data, local('2026-11-18T11:59')).due).toEqual([]);
    expect(computeReminders(data, local('2026-11-18T12:00')).due).toMatchObject([
      {
        id: 'meeting_prep:p-1:2026-11-18:2026-11-18T13:00',
        title: 'The brief is ready: 1:1 with Sam Lee at 13:00',
        route: '/team/p-1/brief',
      },
    ]);
  });

  it('routes an ad-hoc 1:1 to its meeting', () => {
    const doc = personDoc({
      person: { cadence: weeklyCadence({ frequency: 'none' }) },
      meetings: [makeMeeting({ id: 'm-9', occurrence: null, at: '2026-11-18T15:00' })],
    });
    const due = computeReminders(
      input([doc], only({ meeting_soon: true })),
      local('2026-11-18T14:55'),
    ).due;
    expect(due).toMatchObject([
      { id: 'meeting_soon:p-1:m-9:2026-11-18T15:00', route: '/team/p-1/meetings/m-9' },
    ]);
  });

  it('a 1:1 marked held or cancelled has no reminder; a moved one reminds at its new time', () => {
    const held = personDoc({
      meetings: [
        makeMeeting({ occurrence: '2026-11-18', at: '2026-11-18T13:00', status: 'cancelled' }),
      ],
    });
    expect(
      computeReminders(input([held], only({ meeting_soon: true })), local('2026-11-18T12:55')).due,
    ).toEqual([]);
    const moved = personDoc({
      schedule: {
        exceptions: [
          { occurrence: '2026-11-18', kind: 'move', movedTo: '2026-11-18T16:00', reason: '' },
        ],
        pastCadences: [],
      },
    });
    const data = input([moved], only({ meeting_soon: true }));
    expect(computeReminders(data, local('2026-11-18T12:55')).due).toEqual([]);
    expect(ids(computeReminders(data, local('2026-11-18T15:50')).due)).toEqual([
      'meeting_soon:p-1:2026-11-18:2026-11-18T16:00',
    ]);
  });

  it('feedback_to_deliver comes before the next 1:1 while feedback waits to be given', () => {
    const doc = personDoc({ feedback: [makeFeedback()] });
    const data = input([doc], only({ feedback_to_deliver: true }));
    expect(computeReminders(data, local('2026-11-18T11:59')).due).toEqual([]);
    expect(computeReminders(data, local('2026-11-18T12:00')).due).toMatchObject([
      {
        id: 'feedback_to_deliver:p-1:2026-11-18:2026-11-18T13:00',
        title: 'Feedback to give Sam Lee at 13:00',
        body: 'Kept customers updated every 30 minutes',
        route: '/team/p-1/occurrence/2026-11-18',
      },
    ]);
    const given = personDoc({
      feedback: [makeFeedback({ status: 'delivered', deliveredOn: '2026-11-17' })],
    });
    expect(
      computeReminders(
        input([given], only({ feedback_to_deliver: true })),
        local('2026-11-18T12:30'),
      ).due,
    ).toEqual([]);
  });

  it('not_recorded comes the morning after a 1:1 nobody marked, and goes once it is marked', () => {
    const cadence = weeklyCadence({ weekday: 3, time: '13:00', startsOn: '2026-11-11' });
    const data = input([personDoc({ person: { cadence } })], only({ not_recorded: true }));
    const due = computeReminders(data, local('2026-11-18T09:00')).due;
    expect(due).toMatchObject([
      {
        id: 'not_recorded:p-1:2026-11-11:2026-11-11T13:00',
        title: 'Not recorded: 1:1 with Sam Lee on 11 Nov 2026',
        dueAt: iso('2026-11-12T08:30'),
        route: '/team/p-1/occurrence/2026-11-11',
      },
    ]);
    // Today's 1:1 is next: tomorrow morning if still unmarked.
    expect(computeReminders(data, local('2026-11-18T09:00')).upcoming[0]).toMatchObject({
      id: 'not_recorded:p-1:2026-11-18:2026-11-18T13:00',
      dueAt: iso('2026-11-19T08:30'),
    });
    const marked = personDoc({
      person: { cadence },
      meetings: [makeMeeting({ occurrence: '2026-11-11', at: '2026-11-11T13:00', status: 'held' })],
    });
    expect(
      computeReminders(input([marked], only({ not_recorded: true })), local('2026-11-18T09:00'))
        .due,
    ).toEqual([]);
  });

  it('an archived person and a kind turned off give nothing', () => {
    const archived = personDoc({
      person: { status: 'archived', archivedAt: '2026-11-10T00:00:00.000Z' },
    });
    expect(computeReminders(input([archived]), local('2026-11-18T12:55')).due).toEqual([]);
    expect(computeReminders(input([personDoc()], only({})), local('2026-11-18T12:55'))).toEqual({
      due: [],
      upcoming: [],
    });
  });
});
