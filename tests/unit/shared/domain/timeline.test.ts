import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../../shared/domain/timeline';
import { makePerson } from '../../helpers/people';
import { heldOn, makeFeedback, makeMeeting, makeRecognition } from '../../helpers/records';
import { inTimeZone } from '../../helpers/time-zone';

describe('buildTimeline', () => {
  it('merges the person, held 1:1s, feedback and recognition, newest first, leaving out planned 1:1s', () => {
    const person = makePerson({ id: 'p-1', createdAt: '2026-01-05T09:00:00.000Z' });
    const events = buildTimeline({
      person,
      meetings: [
        heldOn('m-1', '2026-11-10', 4),
        makeMeeting({ id: 'm-2', at: '2026-11-24T10:00', status: 'planned' }),
      ],
      feedback: [
        makeFeedback({
          date: '2026-11-12',
          kind: 'constructive',
          behaviour: 'Closed tickets early',
        }),
      ],
      recognitions: [
        makeRecognition({
          date: '2026-11-14',
          text: 'Macro clean-up',
          recipients: [
            { personId: 'p-1', name: person.name },
            { personId: 'p-2', name: 'Ana Ruiz' },
          ],
        }),
      ],
    });
    expect(events.map((e) => [e.kind, e.text])).toEqual([
      ['recognition', 'Recognised: Macro clean-up (with Ana Ruiz)'],
      ['feedback', 'Constructive feedback: Closed tickets early'],
      ['meeting', '1:1 held, mood 4/5'],
      ['person', 'Added to Coachbook'],
    ]);
    expect(events[2]!.meetingId).toBe('m-1');
  });

  it('shows a cancelled 1:1 with its reason and an archive event', () => {
    const person = makePerson({ status: 'archived', archivedAt: '2026-11-20T08:00:00.000Z' });
    const events = buildTimeline({
      person,
      meetings: [
        makeMeeting({
          id: 'm-3',
          at: '2026-11-03T10:00',
          status: 'cancelled',
          statusReason: 'Holiday',
        }),
      ],
      feedback: [],
      recognitions: [],
    });
    expect(events[0]!.text).toBe('Archived');
    expect(events.map((e) => e.text)).toContain('1:1 cancelled (Holiday)');
  });

  // Local times either side of midnight: in any zone but UTC, one falls on another UTC day.
  it.each(['00:30', '20:00', '23:30'])(
    'shows when a person was added and archived at %s in local time',
    (time) => {
      const person = makePerson({
        createdAt: new Date(`2027-01-04T${time}:00`).toISOString(),
        status: 'archived',
        archivedAt: new Date(`2027-02-01T${time}:00`).toISOString(),
      });
      const events = buildTimeline({ person, meetings: [], feedback: [], recognitions: [] });
      expect(events.map((e) => [e.when, e.text])).toEqual([
        [`2027-02-01T${time}`, 'Archived'],
        [`2027-01-04T${time}`, 'Added to Coachbook'],
      ]);
    },
  );

  it('lists a 1:1 held at 20:30 after the person was added at 20:00 that day', () => {
    const person = makePerson({ createdAt: new Date('2027-01-04T20:00:00').toISOString() });
    const events = buildTimeline({
      person,
      meetings: [makeMeeting({ id: 'm-1', at: '2027-01-04T20:30', status: 'held' })],
      feedback: [],
      recognitions: [],
    });
    expect(events.map((e) => [e.when, e.kind])).toEqual([
      ['2027-01-04T20:30', 'meeting'],
      ['2027-01-04T20:00', 'person'],
    ]);
  });

  it('shows a person added at 01:00Z on 5 January as added on 4 January at 20:00 in New York', () => {
    inTimeZone('America/New_York', () => {
      const person = makePerson({ createdAt: '2027-01-05T01:00:00.000Z' });
      const events = buildTimeline({ person, meetings: [], feedback: [], recognitions: [] });
      expect(events[0]!.when).toBe('2027-01-04T20:00');
    });
  });
});

describe('past 1:1s not recorded on the timeline', () => {
  it('lists each one as "1:1 not recorded", openable by its meeting or its date', () => {
    const person = makePerson({ createdAt: '2026-01-05T08:00:00.000Z' });
    const events = buildTimeline({
      person,
      meetings: [],
      feedback: [],
      recognitions: [],
      notRecorded: [
        { at: '2026-11-10T10:00', occurrence: '2026-11-10', meetingId: null },
        { at: '2026-11-03T10:00', occurrence: '2026-11-03', meetingId: 'm-3' },
      ],
    });
    expect(events.slice(0, 2)).toEqual([
      {
        when: '2026-11-10T10:00',
        kind: 'meeting',
        text: '1:1 not recorded',
        occurrence: '2026-11-10',
      },
      { when: '2026-11-03T10:00', kind: 'meeting', text: '1:1 not recorded', meetingId: 'm-3' },
    ]);
  });
});
