import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../../shared/domain/timeline';
import { makePerson } from '../../helpers/people';
import { heldOn, makeFeedback, makeMeeting, makeRecognition } from '../../helpers/records';

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
});
