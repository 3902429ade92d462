import { describe, expect, it } from 'vitest';
import {
  buildGrowthBrief,
  growthSuggestions,
  milestonesDueBy,
  staleGoals,
} from '../../../../../shared/domain/growth/brief';
import { buildGrowthToday } from '../../../../../shared/domain/growth/today';
import type { PersonGrowth } from '../../../../../shared/model/growth';
import { goal, leave, levels, skill, training } from './fixtures';

const TODAY = '2026-11-18';
const milestone = (id: string, due: string | null, doneOn: string | null = null) => ({
  id,
  text: `Milestone ${id}`,
  due,
  doneOn,
  doneInMeetingId: null,
});

describe('milestonesDueBy', () => {
  it('lists open milestones of goals in play due by the horizon, overdue ones counted', () => {
    const goals = [
      goal({
        milestones: [
          milestone('late', '2026-11-15'),
          milestone('today', TODAY),
          milestone('edge', '2026-12-02'),
          milestone('after', '2026-12-03'),
          milestone('done', '2026-11-10', '2026-11-09'),
          milestone('undated', null),
        ],
      }),
      goal({ id: 'g-2', status: 'dropped', milestones: [milestone('dropped', '2026-11-01')] }),
      goal({ id: 'g-3', status: 'achieved', milestones: [milestone('achieved', '2026-11-01')] }),
    ];
    expect(
      milestonesDueBy(goals, TODAY, '2026-12-02').map((m) => [m.milestoneId, m.daysOverdue]),
    ).toEqual([
      ['late', 3],
      ['today', 0],
      ['edge', 0],
    ]);
  });
});

describe('staleGoals', () => {
  it.each([
    ['a check-in 29 days ago', [{ on: '2026-10-20' }], '2026-09-01', false],
    ['a check-in 30 days ago', [{ on: '2026-10-19' }], '2026-09-01', true],
    ['no check-in, started 30 days ago', [], '2026-10-19', true],
    ['no check-in, started 29 days ago', [], '2026-10-20', false],
    ['no check-in, starting next month', [], '2026-12-01', false],
    [
      'an old and a recent check-in',
      [{ on: '2026-01-01' }, { on: '2026-11-01' }],
      '2026-01-01',
      false,
    ],
  ])('%s: stale %s', (_label, checkIns, startsOn, stale) => {
    const g = goal({
      startsOn,
      checkIns: checkIns.map((c, i) => ({
        id: `c${i}`,
        on: c.on,
        text: 'ok',
        meetingId: null,
        createdAt: '2026-01-01T00:00:00.000Z',
      })),
    });
    expect(staleGoals([g], TODAY).length === 1).toBe(stale);
  });
});

describe('the growth brief and its suggested topics', () => {
  const growth: PersonGrowth = {
    goals: [
      goal({
        title: 'Own billing',
        startsOn: '2026-09-01',
        milestones: [
          milestone('m1', '2026-11-16'),
          milestone('m2', '2026-11-25'),
          { ...milestone('m0', '2026-11-01', '2026-11-12'), doneInMeetingId: 'meeting-1' },
          milestone('m-old', '2026-10-01', '2026-10-02'),
        ],
      }),
    ],
    trainings: [
      training({ id: 'late', title: 'API course', status: 'in_progress', dueOn: '2026-11-10' }),
      training({
        id: 'cert',
        kind: 'certification',
        title: 'Zendesk admin',
        status: 'completed',
        completedOn: '2025-12-01',
        expiresOn: '2026-12-20',
      }),
    ],
    skills: [
      {
        skillId: 'phone',
        skillName: 'Phone',
        history: [
          { level: 1, on: '2026-09-01', at: '2026-09-01T09:00:00.000Z' },
          { level: 2, on: '2026-11-12', at: '2026-11-12T09:00:00.000Z' },
          { level: 3, on: '2026-11-17', at: '2026-11-17T09:00:00.000Z' },
        ],
        targetLevel: 3,
        canTrain: false,
      },
    ],
    absences: [],
  };

  it('collects what is due, what is stale, what lapses and what changed since the last 1:1', () => {
    const brief = buildGrowthBrief(growth, TODAY, '2026-11-12');
    expect(brief.milestonesDue.map((m) => m.milestoneId)).toEqual(['m1', 'm2']);
    expect(brief.trainingsDue.map((t) => [t.trainingId, t.daysOverdue])).toEqual([['late', 8]]);
    expect(brief.staleGoals.map((g) => g.daysWithout)).toEqual([78]);
    expect(brief.certifications.map((c) => c.daysLeft)).toEqual([32]);
    expect(brief.skillChanges.map((c) => [c.from, c.to, c.on])).toEqual([
      [2, 3, '2026-11-17'],
      [1, 2, '2026-11-12'],
    ]);
    expect(brief.milestonesDone.map((m) => [m.milestoneId, m.inMeeting])).toEqual([['m0', true]]);
    expect(brief.activeGoals).toEqual([
      expect.objectContaining({ milestonesDone: 2, milestonesTotal: 4, lastCheckIn: null }),
    ]);
    expect(buildGrowthBrief(growth, TODAY, null).skillChanges).toHaveLength(3);
    expect(buildGrowthBrief(growth, TODAY, null).milestonesDone).toHaveLength(2);
  });

  it('suggests topics from them, once each', () => {
    expect(growthSuggestions(buildGrowthBrief(growth, TODAY, '2026-11-12'))).toEqual([
      {
        kind: 'growth',
        text: 'Milestone overdue by 2 days: "Milestone m1" (Own billing). What is in the way?',
      },
      {
        kind: 'growth',
        text: 'Milestone due 25 Nov 2026: "Milestone m2" (Own billing). On track?',
      },
      {
        kind: 'growth',
        text: 'Training overdue since 10 Nov 2026: API course. Still on, or drop it?',
      },
      { kind: 'growth', text: 'No check-in on "Own billing" for 78 days: how is it going?' },
      { kind: 'growth', text: 'Zendesk admin expires on 20 Dec 2026: plan the renewal.' },
      { kind: 'growth', text: 'Phone went up to level 3: recognise the progress.' },
    ]);
  });
});

describe('buildGrowthToday', () => {
  const phone = skill('Phone', { criticality: 'critical' });
  const person = (id: string, name: string, growth: Partial<PersonGrowth>, status = 'active') => ({
    person: { id, name, status: status as 'active' | 'archived' },
    growth: { goals: [], trainings: [], skills: [], absences: [], ...growth },
  });

  it("lists this week and overdue, leaves archived people out, and applies today's leave", () => {
    const today = buildGrowthToday(
      [
        person('ana', 'Ana', {
          skills: levels({ phone: 3 }),
          goals: [
            goal({
              milestones: [milestone('m-week', '2026-11-22'), milestone('m-next', '2026-11-23')],
            }),
          ],
        }),
        person('ben', 'Ben', {
          skills: levels({ phone: 3 }),
          absences: [leave(TODAY, '2026-11-20')],
        }),
        person(
          'cleo',
          'Cleo',
          {
            skills: levels({ phone: 4 }),
            trainings: [training({ dueOn: '2026-11-01' })],
          },
          'archived',
        ),
      ],
      [phone],
      TODAY,
      '2026-11-22',
    );
    expect(today.milestonesDue.map((m) => [m.name, m.milestoneId])).toEqual([['Ana', 'm-week']]);
    expect(today.trainingsDue).toEqual([]);
    expect(today.coverage).toEqual([
      {
        skillId: 'phone',
        name: 'Phone',
        state: 'single',
        count: 1,
        targetCoverage: 2,
        critical: true,
        away: ['Ben'],
      },
    ]);
    expect(today.awayToday).toEqual([{ personId: 'ben', name: 'Ben', until: '2026-11-20' }]);
  });
});
