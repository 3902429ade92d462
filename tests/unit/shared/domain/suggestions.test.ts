import { describe, expect, it } from 'vitest';
import type { Suggestion } from '../../../../shared/model/brief';
import { suggestTopics } from '../../../../shared/domain/suggestions';
import type { PersonDocument } from '../../../../shared/model/documents';
import { fixedClock, weeklyCadence } from '../../helpers/people';
import {
  heldOn,
  makeAction,
  makeFeedback,
  makePoint,
  makeRecognition,
} from '../../helpers/records';
import { personDocument } from '../../helpers/store';

const NOW = fixedClock(); // Wednesday 2026-11-18 09:00

/** The timestamp of noon local time on a date, so day counts match in every time zone. */
const atLocalNoon = (date: string) => new Date(`${date}T12:00:00`).toISOString();

/**
 * A person who would get no suggestion at all: created recently (no cadence or recognition gap
 * yet), with nothing open.
 */
function quietDoc(overrides: Partial<PersonDocument> = {}): PersonDocument {
  return {
    ...personDocument({ createdAt: atLocalNoon('2026-11-15') }),
    ...overrides,
  };
}

const kinds = (doc: PersonDocument, gap?: number) =>
  suggestTopics(doc, NOW, gap).map((s) => s.kind);
const only = (doc: PersonDocument, kind: Suggestion['kind'], gap?: number) =>
  suggestTopics(doc, NOW, gap).filter((s) => s.kind === kind);

describe('suggestTopics', () => {
  it('suggests nothing for a quiet, recent person', () => {
    expect(kinds(quietDoc())).toEqual([]);
  });

  it('flags an open action 14 days overdue, not 13, and not a done one', () => {
    const at14 = makeAction({ id: 'a', text: 'Fix the macro', due: '2026-11-04' });
    const at13 = makeAction({ id: 'b', due: '2026-11-05' });
    const done = makeAction({ id: 'c', due: '2026-10-01', doneAt: '2026-11-01T10:00:00.000Z' });
    const found = only(quietDoc({ actionItems: [at13, done, at14] }), 'overdue_action');
    expect(found).toHaveLength(1);
    expect(found[0]?.text).toContain('"Fix the macro" is 14 days overdue');
  });

  it('flags mood going down over the last three held 1:1s, in time order', () => {
    const meetings = [
      heldOn('m3', '2026-11-10', 2),
      heldOn('m1', '2026-10-27', 4),
      heldOn('m2', '2026-11-03', 3),
    ];
    const found = only(quietDoc({ meetings }), 'mood_down');
    expect(found).toHaveLength(1);
    expect(found[0]?.text).toContain('4 → 3 → 2');
  });

  it.each([
    ['a flat step', [4, 3, 3]],
    ['only two scores', [4, 3]],
    ['an earlier fall but a recent rise', [5, 4, 3, 4]],
  ])('does not flag mood with %s', (_label, scores) => {
    const meetings = scores.map((s, i) => heldOn(`m${i}`, `2026-10-${10 + i * 7}`, s));
    expect(only(quietDoc({ meetings }), 'mood_down')).toEqual([]);
  });

  it('ignores the mood of a 1:1 that was not held', () => {
    const meetings = [
      heldOn('m1', '2026-10-27', 4),
      heldOn('m2', '2026-11-03', 3),
      { ...heldOn('m3', '2026-11-10', 2), status: 'cancelled' as const },
    ];
    expect(only(quietDoc({ meetings }), 'mood_down')).toEqual([]);
  });

  it('flags a scheduled 1:1 more than 3 days past and not held (Saturday: 4 days yes; Sunday: 3 no)', () => {
    const saturdays = quietDoc({ meetings: [heldOn('m', '2026-11-07')] });
    saturdays.person.cadence = weeklyCadence({ weekday: 6, startsOn: '2026-01-01' });
    const found = only(saturdays, 'no_recent_one_on_one');
    expect(found).toHaveLength(1);
    expect(found[0]?.text).toContain('No 1:1 for 11 days');

    const sundays = quietDoc({ meetings: [heldOn('m', '2026-11-08')] });
    sundays.person.cadence = weeklyCadence({ weekday: 7, startsOn: '2026-01-01' });
    expect(only(sundays, 'no_recent_one_on_one')).toEqual([]);
  });

  it('uses the real scheduled dates: a monthly first Tuesday 35 days after the last is on time', () => {
    const doc = quietDoc({
      meetings: [heldOn('a', '2026-11-03'), heldOn('b', '2026-12-01')],
    });
    doc.person.cadence = weeklyCadence({
      frequency: 'monthly',
      weekOfMonth: 1,
      startsOn: '2026-01-01',
    });
    const at = (date: string) =>
      suggestTopics(doc, new Date(`${date}T09:00:00`)).filter(
        (s) => s.kind === 'no_recent_one_on_one',
      );
    expect(at('2027-01-05')).toEqual([]); // 35 days, and the 1:1 is today
    expect(at('2027-01-08')).toEqual([]); // 3 days past the scheduled date
    expect(at('2027-01-09')[0]?.text).toContain('No 1:1 for 39 days');
  });

  it('counts not-recorded, missed and cancelled 1:1s as not held', () => {
    const doc = quietDoc({
      meetings: [
        heldOn('held', '2026-10-27'),
        { ...heldOn('missed', '2026-11-03'), status: 'missed', statusReason: 'Sick' },
        { ...heldOn('cancelled', '2026-11-10'), status: 'cancelled', statusReason: 'Holiday' },
      ],
    });
    doc.person.cadence = weeklyCadence({ startsOn: '2026-01-01' });
    expect(only(doc, 'no_recent_one_on_one')[0]?.text).toContain('No 1:1 for 22 days');
  });

  it('asks nothing before a cadence or the person has started, and counts from the first due 1:1', () => {
    const future = personDocument({
      createdAt: atLocalNoon('2026-10-28'),
      cadence: weeklyCadence({ startsOn: '2026-12-01' }),
    });
    expect(only(future, 'no_recent_one_on_one')).toEqual([]);
    const notJoined = personDocument({
      createdAt: atLocalNoon('2026-10-28'),
      startDate: '2026-12-01',
      cadence: weeklyCadence({ startsOn: '2026-01-06' }),
    });
    expect(only(notJoined, 'no_recent_one_on_one')).toEqual([]);
    const started = personDocument({
      createdAt: atLocalNoon('2026-10-28'),
      cadence: weeklyCadence({ startsOn: '2026-01-06' }),
    });
    expect(only(started, 'no_recent_one_on_one')[0]?.text).toBe(
      'No 1:1 held yet: the first was due 15 days ago. A first 1:1 template can help.',
    );
  });

  it('flags an open point carried over 3 times, not 2, and not a resolved one', () => {
    const points = [
      makePoint({ id: 'three', text: 'Shift swap', discussedIn: ['m1', 'm2', 'm3'] }),
      makePoint({ id: 'two', discussedIn: ['m1', 'm2'] }),
      makePoint({
        id: 'resolved',
        discussedIn: ['m1', 'm2', 'm3'],
        resolvedAt: '2026-11-10T10:30:00.000Z',
        resolvedInMeetingId: 'm3',
      }),
    ];
    const found = only(quietDoc({ talkingPoints: points }), 'point_carried');
    expect(found.map((s) => s.text)).toEqual([
      '"Shift swap" has been carried over 3 times: resolve it or drop it.',
    ]);
  });

  it('flags feedback waiting 7 days to be given, not 6, and not delivered feedback', () => {
    const feedback = [
      makeFeedback({ id: 'seven', date: '2026-11-11' }),
      makeFeedback({ id: 'six', date: '2026-11-12' }),
      makeFeedback({ id: 'given', date: '2026-10-01', status: 'delivered' }),
    ];
    const found = only(quietDoc({ feedback }), 'feedback_waiting');
    expect(found.map((s) => s.text)).toEqual([
      'Feedback from 7 days ago is still waiting to be given. Timely feedback works best.',
    ]);
  });

  it('suggests following up on feedback from the day its follow-up date comes', () => {
    const followUp = (id: string, followUpOn: string, behaviour: string) =>
      makeFeedback({
        id,
        date: '2026-11-02',
        behaviour,
        status: 'follow_up',
        deliveredOn: '2026-11-03',
        followUpOn,
      });
    const feedback = [
      followUp('tomorrow', '2026-11-19', 'Not yet'),
      followUp('today', '2026-11-18', 'Ran the retro'),
      followUp('late', '2026-11-17', 'Paired on the incident'),
    ];
    expect(only(quietDoc({ feedback }), 'feedback_follow_up').map((s) => s.text)).toEqual([
      'Follow up on feedback from 2 Nov 2026: "Paired on the incident". The follow-up was due 1 day ago.',
      'Follow up on feedback from 2 Nov 2026: "Ran the retro". The follow-up is due today.',
    ]);
  });

  it('flags a recognition gap at the given number of days, not one day before', () => {
    const at = (date: string) => quietDoc({ recognitions: [makeRecognition({ date })] });
    expect(only(at('2026-11-08'), 'recognition_gap', 10)[0]?.text).toContain(
      'Not recognised for 10 days',
    );
    expect(only(at('2026-11-09'), 'recognition_gap', 10)).toEqual([]);
  });

  it('measures the recognition gap from the newest recognition', () => {
    const recognitions = [
      makeRecognition({ id: 'r1', date: '2026-11-15' }),
      makeRecognition({ id: 'r2', date: '2026-10-01' }),
    ];
    expect(only(quietDoc({ recognitions }), 'recognition_gap', 5)).toEqual([]);
  });

  it('measures the recognition gap from when the person was added when none is logged', () => {
    const doc = personDocument({ createdAt: atLocalNoon('2026-11-04') });
    expect(only(doc, 'recognition_gap', 14)[0]?.text).toBe(
      'No recognition logged yet. Look for something specific to praise.',
    );
    expect(only(doc, 'recognition_gap', 15)).toEqual([]);
  });

  it('gives an archived person no cadence or recognition nudges, but keeps the others', () => {
    const doc = personDocument({
      createdAt: atLocalNoon('2026-01-05'),
      status: 'archived',
      archivedAt: atLocalNoon('2026-11-01'),
      cadence: weeklyCadence({ startsOn: '2026-01-06' }),
    });
    doc.actionItems = [makeAction({ due: '2026-10-01' })];
    expect(kinds(doc)).toEqual(['overdue_action']);
    doc.person.status = 'active';
    expect(kinds(doc)).toEqual(['overdue_action', 'no_recent_one_on_one', 'recognition_gap']);
  });

  it('gives no cadence nudge without a regular 1:1', () => {
    const doc = personDocument({
      createdAt: atLocalNoon('2026-01-05'),
      cadence: weeklyCadence({ frequency: 'none' }),
    });
    expect(kinds(doc, 365)).toEqual([]);
  });
});
