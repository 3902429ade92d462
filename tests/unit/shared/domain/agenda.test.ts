import { describe, expect, it } from 'vitest';
import {
  agendaPoints,
  feedbackToDeliver,
  isFollowUpDue,
  nextOrder,
  openActions,
  reorder,
  withOverdue,
} from '../../../../shared/domain/agenda';
import { fixedClock } from '../../helpers/people';
import { makeAction, makeFeedback, makePoint } from '../../helpers/records';

const NOW = fixedClock(); // Wednesday 2026-11-18 09:00
const RESOLVED = '2026-11-10T10:30:00.000Z';

describe('agendaPoints', () => {
  const points = [
    makePoint({ id: 'late', order: 3 }),
    makePoint({ id: 'carried', order: 1, discussedIn: ['m-1'] }),
    makePoint({ id: 'new', order: 2 }),
    makePoint({
      id: 'done-in-m1',
      order: 0,
      discussedIn: ['m-1'],
      resolvedAt: RESOLVED,
      resolvedInMeetingId: 'm-1',
    }),
    makePoint({ id: 'done-here', order: 4, resolvedAt: RESOLVED, resolvedInMeetingId: 'm-2' }),
  ];

  it('shows a planned meeting every open point plus those ticked off in it, in order', () => {
    const agenda = agendaPoints({ id: 'm-2', status: 'planned' }, points);
    expect(agenda.map((p) => p.id)).toEqual(['carried', 'new', 'late', 'done-here']);
  });

  it('marks an open point that was on an earlier held agenda as carried over', () => {
    const agenda = agendaPoints({ id: 'm-2', status: 'planned' }, points);
    const carried = Object.fromEntries(agenda.map((p) => [p.id, p.carriedOver]));
    expect(carried).toEqual({ carried: true, new: false, late: false, 'done-here': false });
  });

  it('shows a held meeting only what was on its agenda, resolved or not', () => {
    const agenda = agendaPoints({ id: 'm-1', status: 'held' }, points);
    expect(agenda.map((p) => [p.id, p.carriedOver])).toEqual([
      ['done-in-m1', false],
      ['carried', false],
    ]);
  });

  it('marks a point carried over in the later of two held meetings', () => {
    const twice = [makePoint({ id: 'p', discussedIn: ['m-1', 'm-2'] })];
    expect(agendaPoints({ id: 'm-2', status: 'held' }, twice)[0]?.carriedOver).toBe(true);
  });

  // Fails today: the flag counts any other held meeting, later ones included, although it means
  // "on the agenda of an earlier 1:1" (shared/domain/agenda.ts, AgendaPoint.carriedOver).
  it('does not mark a point carried over in the first meeting it was discussed in', () => {
    const twice = [makePoint({ id: 'p', discussedIn: ['m-1', 'm-2'] })];
    expect(agendaPoints({ id: 'm-1', status: 'held' }, twice)[0]?.carriedOver).toBe(false);
  });

  it('treats a cancelled meeting like a planned one', () => {
    const agenda = agendaPoints({ id: 'm-2', status: 'cancelled' }, points);
    expect(agenda.map((p) => p.id)).toEqual(['carried', 'new', 'late', 'done-here']);
  });
});

describe('openActions and withOverdue', () => {
  it('counts calendar days past the due date; due today is not overdue', () => {
    expect(withOverdue(makeAction({ due: '2026-11-10' }), NOW)).toMatchObject({
      overdue: true,
      daysOverdue: 8,
    });
    expect(withOverdue(makeAction({ due: '2026-11-17' }), NOW)).toMatchObject({
      overdue: true,
      daysOverdue: 1,
    });
    expect(withOverdue(makeAction({ due: '2026-11-18' }), NOW)).toMatchObject({
      overdue: false,
      daysOverdue: 0,
    });
    expect(withOverdue(makeAction({ due: '2026-12-01' }), NOW)).toMatchObject({
      overdue: false,
      daysOverdue: 0,
    });
  });

  it('never calls a done or undated action overdue', () => {
    const done = makeAction({ due: '2026-11-01', doneAt: '2026-11-17T10:00:00.000Z' });
    expect(withOverdue(done, NOW)).toMatchObject({ overdue: false, daysOverdue: 0 });
    expect(withOverdue(makeAction({ due: null }), NOW)).toMatchObject({ overdue: false });
  });

  it('lists open actions only: most overdue first, then by due date, undated last', () => {
    const items = [
      makeAction({ id: 'undated', due: null }),
      makeAction({ id: 'later', due: '2026-11-30' }),
      makeAction({ id: 'today', due: '2026-11-18' }),
      makeAction({ id: 'one-day', due: '2026-11-17' }),
      makeAction({ id: 'eight-days', due: '2026-11-10' }),
      makeAction({ id: 'done', due: '2026-11-01', doneAt: '2026-11-17T10:00:00.000Z' }),
    ];
    expect(openActions(items, NOW).map((a) => a.id)).toEqual([
      'eight-days',
      'one-day',
      'today',
      'later',
      'undated',
    ]);
  });
});

describe('reorder', () => {
  const points = [
    makePoint({ id: 'a', order: 1 }),
    makePoint({ id: 'resolved', order: 2, resolvedAt: RESOLVED }),
    makePoint({ id: 'b', order: 3 }),
    makePoint({ id: 'c', order: 4 }),
  ];
  const order = (list: typeof points) => Object.fromEntries(list.map((p) => [p.id, p.order]));

  it('swaps a point with the open one above it, skipping resolved ones', () => {
    expect(order(reorder(points, 'b', 'up'))).toEqual({ a: 3, resolved: 2, b: 1, c: 4 });
  });

  it('swaps a point with the open one below it', () => {
    expect(order(reorder(points, 'b', 'down'))).toEqual({ a: 1, resolved: 2, b: 4, c: 3 });
  });

  it('leaves the list as it is at the edges and for an unknown or resolved id', () => {
    expect(reorder(points, 'a', 'up')).toBe(points);
    expect(reorder(points, 'c', 'down')).toBe(points);
    expect(reorder(points, 'nope', 'up')).toBe(points);
    expect(reorder(points, 'resolved', 'down')).toBe(points);
  });

  it('does not change the points it was given', () => {
    reorder(points, 'b', 'up');
    expect(order(points)).toEqual({ a: 1, resolved: 2, b: 3, c: 4 });
  });
});

describe('nextOrder', () => {
  it('starts at 1 and goes one past the highest order, resolved points included', () => {
    expect(nextOrder([])).toBe(1);
    const points = [
      makePoint({ order: 2 }),
      makePoint({ order: 7, resolvedAt: RESOLVED }),
      makePoint({ order: 5 }),
    ];
    expect(nextOrder(points)).toBe(8);
  });
});

describe('feedbackToDeliver', () => {
  const TODAY = '2026-11-18';
  const followUp = (id: string, followUpOn: string | null, date = '2026-11-02') =>
    makeFeedback({ id, date, status: 'follow_up', deliveredOn: date, followUpOn });

  it('keeps feedback still to give, oldest first, and no follow-up not yet due', () => {
    const feedback = [
      makeFeedback({ id: 'newer', date: '2026-11-16' }),
      makeFeedback({ id: 'given', date: '2026-11-01', status: 'delivered' }),
      followUp('follow', '2026-11-19'),
      makeFeedback({ id: 'older', date: '2026-11-03' }),
    ];
    expect(feedbackToDeliver(feedback, TODAY).map((f) => f.id)).toEqual(['older', 'newer']);
  });

  it('adds follow-ups due today or earlier after the feedback to give, earliest due first', () => {
    const feedback = [
      followUp('tomorrow', '2026-11-19'),
      followUp('today', '2026-11-18', '2026-11-01'),
      makeFeedback({ id: 'to-give', date: '2026-11-16' }),
      followUp('last-week', '2026-11-11', '2026-11-05'),
      followUp('no-date', null),
    ];
    const agenda = feedbackToDeliver(feedback, TODAY);
    expect(agenda.map((f) => [f.id, f.status])).toEqual([
      ['to-give', 'to_deliver'],
      ['last-week', 'follow_up'],
      ['today', 'follow_up'],
    ]);
  });

  it('counts the follow-up day by the local date it is given', () => {
    const feedback = [followUp('due', '2026-11-18')];
    expect(feedbackToDeliver(feedback, '2026-11-17')).toEqual([]);
    expect(feedbackToDeliver(feedback, '2026-11-18').map((f) => f.id)).toEqual(['due']);
  });
});

describe('isFollowUpDue', () => {
  it('is true for a follow-up from its date on, and never for other statuses', () => {
    const item = { status: 'follow_up' as const, followUpOn: '2026-11-18' };
    expect(isFollowUpDue(item, '2026-11-17')).toBe(false);
    expect(isFollowUpDue(item, '2026-11-18')).toBe(true);
    expect(isFollowUpDue(item, '2026-12-01')).toBe(true);
    expect(isFollowUpDue({ status: 'delivered', followUpOn: '2026-11-01' }, '2026-11-18')).toBe(
      false,
    );
    expect(isFollowUpDue({ status: 'follow_up', followUpOn: null }, '2026-11-18')).toBe(false);
  });
});
