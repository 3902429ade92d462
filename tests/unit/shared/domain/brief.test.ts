import { describe, expect, it } from 'vitest';
import { buildBrief, summarizeNotes } from '../../../../shared/domain/brief';
import { fixedClock } from '../../helpers/people';
import {
  heldOn,
  makeAction,
  makeFeedback,
  makeMeeting,
  makePoint,
  makeRecognition,
} from '../../helpers/records';
import { personDocument } from '../../helpers/store';

const NOW = fixedClock(); // Wednesday 2026-11-18 09:00

describe('summarizeNotes', () => {
  it('strips Markdown markers and keeps the first three non-empty lines', () => {
    const notes = [
      '## Queue health',
      '',
      '- backlog is *down* to 40',
      '1. `refund` macro needs work',
      '> fourth line is left out',
    ].join('\n');
    expect(summarizeNotes(notes)).toBe(
      'Queue health · backlog is down to 40 · refund macro needs work',
    );
  });

  it('removes bullets of every kind and emphasis markers', () => {
    expect(summarizeNotes('* one\n+ __two__\n> three')).toBe('one · two · three');
  });

  it('keeps text at exactly the limit and cuts longer text with an ellipsis', () => {
    expect(summarizeNotes('abcdefghij', 10)).toBe('abcdefghij');
    const cut = summarizeNotes('abcdefghijk', 10);
    expect(cut).toBe('abcdefghi…');
    expect(cut).toHaveLength(10);
  });

  it('gives an empty summary for empty or marker-only notes', () => {
    expect(summarizeNotes('')).toBe('');
    expect(summarizeNotes('#\n-\n\n')).toBe('');
  });
});

describe('buildBrief', () => {
  function doc() {
    const d = personDocument({
      createdAt: new Date('2026-11-01T12:00:00').toISOString(),
      role: 'Tier 2',
    });
    d.meetings = [
      heldOn('m-old', '2026-11-03', 4),
      { ...heldOn('m-last', '2026-11-10', 3), notes: '# Recap\n- on-call went well' },
      makeMeeting({ id: 'm-next', occurrence: '2026-11-24' }),
    ];
    d.feedback = [
      makeFeedback({ id: 'before', date: '2026-11-09', status: 'delivered' }),
      makeFeedback({ id: 'same-day', date: '2026-11-10', status: 'delivered' }),
      makeFeedback({ id: 'after', date: '2026-11-12' }),
    ];
    d.recognitions = [
      makeRecognition({ id: 'r-before', date: '2026-11-02' }),
      makeRecognition({ id: 'r-after', date: '2026-11-16' }),
    ];
    return d;
  }

  it('names the person, the next 1:1 and the last held one with a summary', () => {
    const brief = buildBrief(doc(), NOW);
    expect(brief).toMatchObject({
      personId: 'p-1',
      name: 'Sam Lee',
      role: 'Tier 2',
      now: NOW.toISOString(),
      next: { at: '2026-11-24T10:00', meetingId: 'm-next', occurrence: '2026-11-24' },
      lastMeeting: { id: 'm-last', at: '2026-11-10T10:00', summary: 'Recap · on-call went well' },
      since: '2026-11-10T10:00',
    });
  });

  it('keeps feedback and recognition from the day of the last held 1:1 on, newest first', () => {
    const brief = buildBrief(doc(), NOW);
    expect(brief.feedbackSince.map((f) => f.id)).toEqual(['after', 'same-day']);
    expect(brief.recognitionSince.map((r) => r.id)).toEqual(['r-after']);
    expect(brief.feedbackToDeliver.map((f) => f.id)).toEqual(['after']);
  });

  it('puts follow-ups due by today after the feedback to give, and suggests them', () => {
    const d = doc();
    d.feedback.push(
      makeFeedback({
        id: 'follow-due',
        date: '2026-11-09',
        status: 'follow_up',
        deliveredOn: '2026-11-10',
        followUpOn: '2026-11-18',
      }),
      makeFeedback({
        id: 'follow-later',
        date: '2026-11-09',
        status: 'follow_up',
        deliveredOn: '2026-11-10',
        followUpOn: '2026-11-19',
      }),
    );
    const brief = buildBrief(d, NOW);
    expect(brief.feedbackToDeliver.map((f) => [f.id, f.status])).toEqual([
      ['after', 'to_deliver'],
      ['follow-due', 'follow_up'],
    ]);
    expect(brief.suggestions.filter((s) => s.kind === 'feedback_follow_up')).toHaveLength(1);
    // Late in the evening of the 17th, local time, it is not due yet.
    expect(
      buildBrief(d, new Date('2026-11-17T23:30:00')).feedbackToDeliver.map((f) => f.id),
    ).toEqual(['after']);
  });

  it('keeps all feedback and recognition when no 1:1 was held yet', () => {
    const d = doc();
    d.meetings = [];
    const brief = buildBrief(d, NOW);
    expect(brief).toMatchObject({ since: null, lastMeeting: null });
    expect(brief.feedbackSince.map((f) => f.id)).toEqual(['after', 'same-day', 'before']);
    expect(brief.recognitionSince.map((r) => r.id)).toEqual(['r-after', 'r-before']);
  });

  it('keeps the last 8 moods of held 1:1s, oldest first', () => {
    const d = doc();
    d.meetings = [
      ...Array.from({ length: 10 }, (_, i) =>
        heldOn(`h${i}`, `2026-09-${String(i + 1).padStart(2, '0')}`, (i % 5) + 1),
      ),
      heldOn('no-mood', '2026-09-20'),
      { ...heldOn('cancelled', '2026-09-21', 1), status: 'cancelled' as const },
    ].reverse();
    const trend = buildBrief(d, NOW).moodTrend;
    expect(trend.map((m) => m.meetingId)).toEqual(['h2', 'h3', 'h4', 'h5', 'h6', 'h7', 'h8', 'h9']);
    expect(trend[0]).toEqual({ meetingId: 'h2', date: '2026-09-03', score: 3, word: '' });
  });

  it('lists open actions and waiting points, and passes the recognition gap on', () => {
    const d = doc();
    d.actionItems = [
      makeAction({ id: 'due', due: '2026-11-01' }),
      makeAction({ id: 'done', doneAt: '2026-11-10T10:00:00.000Z' }),
    ];
    d.talkingPoints = [
      makePoint({ id: 'second', order: 2 }),
      makePoint({ id: 'first', order: 1, discussedIn: ['m-last'] }),
      makePoint({ id: 'resolved', order: 0, resolvedAt: '2026-11-10T10:30:00.000Z' }),
    ];
    const brief = buildBrief(d, NOW, 30);
    expect(brief.actions.map((a) => [a.id, a.daysOverdue])).toEqual([['due', 17]]);
    expect(brief.waitingPoints.map((p) => [p.id, p.carriedOver])).toEqual([
      ['first', true],
      ['second', false],
    ]);
    expect(brief.suggestions.map((s) => s.kind)).toEqual(['overdue_action']);
    expect(buildBrief(d, NOW, 2).suggestions.map((s) => s.kind)).toContain('recognition_gap');
  });

  it('has no next 1:1 without a cadence or a planned ad-hoc one', () => {
    const d = doc();
    d.person.cadence = { ...d.person.cadence, frequency: 'none' };
    d.meetings = [];
    expect(buildBrief(d, NOW).next).toBeNull();
  });
});
