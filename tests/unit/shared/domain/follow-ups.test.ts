import { describe, expect, it } from 'vitest';
import { followUpsDue } from '../../../../shared/domain/follow-ups';
import { toLocalDate } from '../../../../shared/domain/local-time';
import type { Feedback } from '../../../../shared/model/feedback';
import { makeFeedback } from '../../helpers/records';
import { personDocument } from '../../helpers/store';

const TODAY = '2026-11-18';

const followUp = (id: string, followUpOn: string, overrides: Partial<Feedback> = {}) =>
  makeFeedback({
    id,
    date: '2026-11-02',
    status: 'follow_up',
    deliveredOn: '2026-11-03',
    followUpOn,
    ...overrides,
  });

function person(id: string, name: string, feedback: Feedback[]) {
  const doc = personDocument({ id, name });
  doc.feedback = feedback;
  return doc;
}

describe('followUpsDue', () => {
  it('lists follow-ups due today or earlier, most overdue first, with what Today shows', () => {
    const docs = [
      person('p-1', 'Sam Lee', [
        followUp('today', TODAY, { behaviour: '', situation: 'Queue review' }),
        followUp('tomorrow', '2026-11-19'),
        makeFeedback({ id: 'to-give', date: '2026-11-01' }),
        makeFeedback({ id: 'given', status: 'delivered', deliveredOn: '2026-11-03' }),
      ]),
      person('p-2', 'Ana Ruiz', [
        followUp('late', '2026-11-15', { kind: 'constructive', behaviour: 'Skipped the review' }),
      ]),
    ];
    expect(followUpsDue(docs, TODAY)).toEqual([
      {
        personId: 'p-2',
        name: 'Ana Ruiz',
        feedbackId: 'late',
        kind: 'constructive',
        date: '2026-11-02',
        summary: 'Skipped the review',
        followUpOn: '2026-11-15',
        daysOverdue: 3,
      },
      {
        personId: 'p-1',
        name: 'Sam Lee',
        feedbackId: 'today',
        kind: 'positive',
        date: '2026-11-02',
        summary: 'Queue review',
        followUpOn: TODAY,
        daysOverdue: 0,
      },
    ]);
  });

  it('leaves out archived people', () => {
    const docs = [person('p-1', 'Sam Lee', [followUp('late', '2026-11-01')])];
    docs[0]!.person.status = 'archived';
    expect(followUpsDue(docs, TODAY)).toEqual([]);
  });

  it('is due from the local day it falls on: 23:30 and 00:30 local count as that day', () => {
    const docs = [person('p-1', 'Sam Lee', [followUp('due', TODAY)])];
    const late = toLocalDate(new Date('2026-11-17T23:30:00'));
    const early = toLocalDate(new Date('2026-11-18T00:30:00'));
    expect(followUpsDue(docs, late)).toEqual([]);
    expect(followUpsDue(docs, early).map((f) => f.feedbackId)).toEqual(['due']);
  });

  it('counts overdue days in calendar days across a DST change', () => {
    const docs = [person('p-1', 'Sam Lee', [followUp('due', '2027-03-10')])];
    expect(followUpsDue(docs, '2027-04-10')[0]!.daysOverdue).toBe(31);
  });
});
