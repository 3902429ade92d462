import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_TEMPLATES,
  defaultTeamGrowth,
} from '../../../../../shared/domain/growth/defaults';
import {
  currentLevel,
  levelOn,
  levelChangesSince,
} from '../../../../../shared/domain/growth/levels';
import { crossTrainingPlan, goalsFromTemplate } from '../../../../../shared/domain/growth/plans';
import { parseQuickTraining } from '../../../../../shared/domain/growth/quick-entry';
import { growthTimelineEvents } from '../../../../../shared/domain/growth/timeline';
import { teamGrowthSchema } from '../../../../../shared/model/growth';
import { goal, skill, training } from './fixtures';

const counter = () => {
  let n = 0;
  return () => `id-${++n}`;
};

describe('templates', () => {
  it('ship the four support paths, valid as team data', () => {
    expect(BUILT_IN_TEMPLATES.map((t) => t.name)).toEqual([
      'Tier 1 → Tier 2',
      'Agent → QA specialist',
      'Agent → team lead',
      'Product specialist',
    ]);
    expect(teamGrowthSchema.parse(defaultTeamGrowth())).toEqual(defaultTeamGrowth());
  });

  it('date a plan from its start, in calendar weeks', () => {
    const [first] = goalsFromTemplate(BUILT_IN_TEMPLATES[3]!, '2027-03-22', counter(), 'now');
    expect(first).toMatchObject({ startsOn: '2027-03-22', targetDate: '2027-06-14' });
    expect(first!.milestones.map((m) => m.due)).toEqual([
      '2027-03-22',
      '2027-04-19',
      '2027-05-17',
      '2027-06-14',
    ]);
  });
});

describe('crossTrainingPlan', () => {
  it('pairs the learner with the trainer: a goal at the required level and linked shadowing', () => {
    const plan = crossTrainingPlan(
      {
        skill: skill('Chat', { requiredLevel: 2, targetCoverage: 3 }),
        trainer: { personId: 'ben', name: 'Ben' },
        today: '2026-11-18',
        dueOn: null,
        coveredBy: 1,
        levelName: 'With help',
      },
      counter(),
      '2026-11-18T09:00:00.000Z',
    );
    expect(plan.goal).toMatchObject({
      title: 'Cover Chat: reach level 2 (With help)',
      targetDate: '2026-12-16',
      status: 'in_progress',
    });
    expect(plan.goal.milestones.map((m) => [m.text, m.due])).toEqual([
      ['Shadow Ben on Chat', '2026-12-02'],
      ['Handle Chat with Ben as backup', '2026-12-16'],
    ]);
    expect(plan.training).toMatchObject({ goalId: plan.goal.id, dueOn: '2026-12-02' });
  });
});

describe('parseQuickTraining', () => {
  it.each([
    ['shadowed Tier 2 for 3 hours', { kind: 'shadowing', title: 'Shadowed Tier 2', hoursSpent: 3 }],
    ['API course 90 min', { kind: 'course', title: 'API course', hoursSpent: 1.5 }],
    [
      'Read the refunds playbook 1,5h',
      { kind: 'reading', title: 'Read the refunds playbook', hoursSpent: 1.5 },
    ],
    ['Mentoring with Ben 2 hrs', { kind: 'mentoring', title: 'Mentoring with Ben', hoursSpent: 2 }],
    [
      'Zendesk certification',
      { kind: 'certification', title: 'Zendesk certification', hoursSpent: 0 },
    ],
    [
      'handled VIP queue for 4 hours',
      { kind: 'on_the_job', title: 'Handled VIP queue', hoursSpent: 4 },
    ],
  ])('%s', (text, expected) => {
    expect(parseQuickTraining(text)).toEqual(expected);
  });

  it.each(['', '   ', '3 hours'])('answers null for %j', (text) => {
    expect(parseQuickTraining(text)).toBeNull();
  });
});

describe('levels and the timeline', () => {
  const phone = {
    skillId: 'phone',
    skillName: 'Phone',
    history: [
      { level: 1, on: '2026-01-10', at: '2026-01-10T09:00:00.000Z' },
      { level: 3, on: '2026-06-01', at: '2026-06-01T09:00:00.000Z' },
    ],
    targetLevel: null,
    canTrain: false,
  };

  it('reads the level now and on a date', () => {
    expect(currentLevel(phone)).toBe(3);
    expect(currentLevel(undefined)).toBe(0);
    expect(levelOn(phone, '2026-01-09')).toBe(0);
    expect(levelOn(phone, '2026-01-10')).toBe(1);
    expect(levelOn(phone, '2026-05-31')).toBe(1);
    expect(levelChangesSince([phone], '2026-06-01').map((c) => [c.from, c.to])).toEqual([[1, 3]]);
  });

  it('adds goals set and achieved, milestones, trainings completed and levels', () => {
    const events = growthTimelineEvents({
      goals: [
        goal({
          status: 'achieved',
          achievedOn: '2026-10-01',
          milestones: [
            { id: 'm', text: 'Shadow Ben', due: null, doneOn: '2026-09-01', doneInMeetingId: null },
          ],
        }),
      ],
      trainings: [
        training({ status: 'completed', completedOn: '2026-08-01', hoursSpent: 3 }),
        training({ id: 't2', title: 'Not done' }),
      ],
      skills: [phone],
      absences: [],
    });
    expect(events.map((e) => e.text)).toEqual([
      'Goal set: Own the billing queue',
      'Goal achieved: Own the billing queue',
      'Milestone done: Shadow Ben',
      'Training completed: API basics, 3 h',
      'Phone: level set to 1',
      'Phone: level 1 → 3',
    ]);
  });
});
