import { describe, expect, it } from 'vitest';
import { expiringCertifications } from '../../../../../shared/domain/growth/certifications';
import { dueState } from '../../../../../shared/domain/growth/due';
import {
  hoursBetween,
  quarterStart,
  trainingHours,
} from '../../../../../shared/domain/growth/hours';
import { addLocalDays, toLocalDate } from '../../../../../shared/domain/local-time';
import { inTimeZone } from '../../../helpers/time-zone';
import { training } from './fixtures';

describe('dueState', () => {
  it.each([
    [null, '2026-11-18', 'none', 0],
    ['2026-11-17', '2026-11-18', 'overdue', 1],
    ['2026-11-18', '2026-11-18', 'today', 0],
    ['2026-11-22', '2026-11-18', 'soon', 0],
    ['2026-11-23', '2026-11-18', 'later', 0],
  ] as const)('due %s on %s is %s', (due, today, state, daysOverdue) => {
    expect(dueState(due, today, '2026-11-22')).toEqual({ state, daysOverdue });
  });

  // Each span holds a 23- or 25-hour day in its zone: overdue still counts whole calendar days.
  it.each([
    ['Europe/Berlin', '2027-03-27', 2],
    ['Europe/Berlin', '2026-10-24', 2],
    ['America/New_York', '2027-03-13', 2],
    ['America/Santiago', '2027-04-02', 3],
    ['Australia/Sydney', '2027-04-03', 2],
  ])('counts calendar days across DST in %s from %s', (zone, due, days) => {
    inTimeZone(zone, () => {
      // The clock is a parameter: "now" is half past midnight on the local day it names.
      const now = new Date(`${addLocalDays(due, days)}T00:30:00`);
      const today = toLocalDate(now);
      const hours = (now.getTime() - new Date(`${due}T00:30:00`).getTime()) / 3_600_000;
      expect(hours).not.toBe(days * 24);
      expect(dueState(due, today, today)).toEqual({ state: 'overdue', daysOverdue: days });
    });
  });
});

describe('hours', () => {
  it.each([
    ['2026-01-01', '2026-01-01'],
    ['2026-03-31', '2026-01-01'],
    ['2026-04-01', '2026-04-01'],
    ['2026-11-18', '2026-10-01'],
    ['2026-12-31', '2026-10-01'],
  ])('the quarter of %s starts on %s', (today, start) => {
    expect(quarterStart(today)).toBe(start);
  });

  it('counts hours on the completion date, else the start, else the day logged', () => {
    const trainings = [
      training({ id: 'a', completedOn: '2026-10-01', startedOn: '2026-09-20', hoursSpent: 2 }),
      training({ id: 'b', startedOn: '2026-09-30', hoursSpent: 4 }),
      training({ id: 'c', createdAt: '2026-11-18T08:00:00.000Z', hoursSpent: 1.25 }),
      training({ id: 'd', completedOn: '2025-12-31', hoursSpent: 10 }),
      training({ id: 'e', completedOn: '2026-11-19', hoursSpent: 7 }),
    ];
    expect(trainingHours(trainings, '2026-11-18')).toEqual({ quarter: 3.25, year: 7.25 });
    expect(hoursBetween(trainings, '2025-12-31', '2025-12-31')).toBe(10);
  });
});

describe('expiringCertifications', () => {
  const cert = (id: string, expiresOn: string, overrides = {}) =>
    training({
      id,
      kind: 'certification',
      title: `Cert ${id}`,
      status: 'completed',
      completedOn: '2025-01-01',
      expiresOn,
      ...overrides,
    });

  it.each([
    ['2027-01-17', true, 60],
    ['2027-01-18', false, 61],
    ['2026-11-18', true, 0],
    ['2026-09-19', true, -60],
    ['2026-09-18', false, -61],
  ])('expiring %s on 2026-11-18: shown %s', (expiresOn, shown, daysLeft) => {
    const found = expiringCertifications([cert('x', expiresOn)], '2026-11-18');
    expect(found.length === 1).toBe(shown);
    if (shown) {
      expect(found[0]).toMatchObject({ daysLeft, state: daysLeft < 0 ? 'expired' : 'expiring' });
    }
  });

  it('ignores certifications not held yet, without expiry, or renewed since', () => {
    const found = expiringCertifications(
      [
        cert('planned', '2026-12-01', { status: 'in_progress', completedOn: null }),
        cert('none', '2026-12-01', { expiresOn: null }),
        cert('old', '2026-12-01', { title: 'ITIL' }),
        cert('renewed', '2029-12-01', { title: 'itil' }),
        cert('course', '2026-12-01', { kind: 'course' }),
        cert('soon', '2026-12-01'),
      ],
      '2026-11-18',
    );
    expect(found.map((c) => c.trainingId)).toEqual(['soon']);
  });
});
