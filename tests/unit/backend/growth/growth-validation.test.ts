import { describe, expect, it } from 'vitest';
import type { Goal } from '../../../../shared/model/growth';
import { errorOf, startBackend, valueOf } from '../../helpers/backend';
import { useTempDir } from '../../helpers/temp-dir';
import { addPeople, addSkill, personFileText } from './helpers';

const goal = (overrides: Record<string, unknown> = {}) => ({
  title: 'Own the billing queue',
  why: 'Billing has one expert',
  measure: 'QA 90% on 20 billing tickets',
  startsOn: '2026-11-18',
  targetDate: '2027-02-01',
  ...overrides,
});

describe('growth channels refuse bad input with a clear message and write nothing', () => {
  const dir = useTempDir();

  async function setUp() {
    const backend = await startBackend(dir());
    const [personId] = await addPeople(backend, 'Ana Lima');
    const skill = await addSkill(backend, 'Billing');
    const before = await personFileText(dir(), personId!);
    return {
      backend,
      personId: personId!,
      skill,
      unchanged: async () => expect(await personFileText(dir(), personId!)).toBe(before),
    };
  }

  it.each([
    ['an empty goal', goal({ title: '   ' }), 'title', 'Say what the goal is.'],
    [
      'a milestone due before its goal starts',
      goal({ milestones: [{ text: 'Shadow Ben', due: '2026-11-17' }] }),
      'milestones.0.due',
      'A milestone cannot be due before its goal starts (18 Nov 2026).',
    ],
    [
      'a target date before the start',
      goal({ targetDate: '2026-11-01' }),
      'targetDate',
      'The target date cannot be before the goal starts.',
    ],
    [
      'a goal level outside 0-4',
      goal({ skills: [{ skillId: 'x', targetLevel: 5 }] }),
      'skills.0.targetLevel',
      'Use a level from 0 to 4.',
    ],
  ])('%s', async (_label, input, field, message) => {
    const { backend, personId, unchanged } = await setUp();
    const error = errorOf(await backend.invoke('growth:createGoal', { personId, ...input }));
    expect(error).toMatchObject({ code: 'invalid_input', message });
    expect(error.fields?.[field]).toBe(message);
    await unchanged();
  });

  it('a milestone added before its goal starts', async () => {
    const { backend, personId } = await setUp();
    const created = valueOf<Goal>(
      await backend.invoke('growth:createGoal', { personId, ...goal() }),
    );
    const before = await personFileText(dir(), personId);
    const error = errorOf(
      await backend.invoke('growth:addMilestone', {
        personId,
        goalId: created.id,
        text: 'Too early',
        due: '2026-11-10',
      }),
    );
    expect(error.fields?.due).toBe(
      'A milestone cannot be due before its goal starts (18 Nov 2026).',
    );
    expect(await personFileText(dir(), personId)).toBe(before);
  });

  it.each([
    ['negative hours spent', { hoursSpent: -1 }, 'hoursSpent', 'Hours cannot be negative.'],
    ['negative hours planned', { hoursPlanned: -0.5 }, 'hoursPlanned', 'Hours cannot be negative.'],
    ['an empty title', { title: '' }, 'title', 'Say what the training is.'],
    [
      'a link that is not http(s)',
      { url: 'javascript:alert(1)' },
      'url',
      'Use a link that starts with http:// or https://, or leave it empty.',
    ],
    [
      'completed without a date',
      { status: 'completed' },
      'completedOn',
      'Say when it was completed.',
    ],
  ])('a training with %s', async (_label, fields, field, message) => {
    const { backend, personId, unchanged } = await setUp();
    const error = errorOf(
      await backend.invoke('growth:createTraining', {
        personId,
        kind: 'course',
        title: 'API basics',
        ...fields,
      }),
    );
    expect(error).toMatchObject({ code: 'invalid_input', message });
    expect(error.fields?.[field]).toBe(message);
    await unchanged();
  });

  it.each([-1, 5, 2.5, '3'])('a level of %j', async (level) => {
    const { backend, personId, skill, unchanged } = await setUp();
    const error = errorOf(
      await backend.invoke('growth:setLevel', { personId, skillId: skill.id, level }),
    );
    expect(error).toMatchObject({ code: 'invalid_input', message: 'Use a level from 0 to 4.' });
    await unchanged();
  });

  it('an unknown skill, for a level, a goal or a training', async () => {
    const { backend, personId, unchanged } = await setUp();
    const message = "This skill is not on the team's list any more. It may have been deleted.";
    expect(
      errorOf(await backend.invoke('growth:setLevel', { personId, skillId: 'nope', level: 2 })),
    ).toMatchObject({
      code: 'not_found',
      message,
    });
    expect(
      errorOf(
        await backend.invoke('growth:createGoal', {
          personId,
          ...goal({ skills: [{ skillId: 'nope', targetLevel: 3 }] }),
        }),
      ).fields?.['skills.0.skillId'],
    ).toBe(message);
    expect(
      errorOf(
        await backend.invoke('growth:createTraining', {
          personId,
          kind: 'course',
          title: 'X',
          skillIds: ['nope'],
        }),
      ).fields?.['skillIds.0'],
    ).toBe(message);
    await unchanged();
  });

  it('an unknown person', async () => {
    const { backend, skill } = await setUp();
    const message = 'This person is not in Coachbook any more. They may have been deleted.';
    for (const [channel, input] of [
      ['growth:createGoal', goal()],
      ['growth:createTraining', { kind: 'course', title: 'X' }],
      ['growth:setLevel', { skillId: skill.id, level: 2 }],
      ['growth:addAbsence', { from: '2026-11-20', to: '2026-11-27' }],
      ['growth:person', {}],
    ] as const) {
      expect(errorOf(await backend.invoke(channel, { personId: 'ghost', ...input }))).toMatchObject(
        {
          code: 'not_found',
          message,
        },
      );
    }
  });

  it('leave that ends before it starts, and a dropped goal without a reason', async () => {
    const { backend, personId, unchanged } = await setUp();
    expect(
      errorOf(
        await backend.invoke('growth:addAbsence', {
          personId,
          from: '2026-11-20',
          to: '2026-11-19',
        }),
      ).fields?.to,
    ).toBe('Leave cannot end before it starts.');
    await unchanged();
    const created = valueOf<Goal>(
      await backend.invoke('growth:createGoal', { personId, ...goal() }),
    );
    expect(
      errorOf(
        await backend.invoke('growth:setGoalStatus', {
          personId,
          goalId: created.id,
          status: 'dropped',
          on: '2026-11-18',
        }),
      ).fields?.reason,
    ).toBe('Say why the goal is dropped.');
  });

  it('a cross-training with the learner as their own trainer', async () => {
    const { backend, personId, skill, unchanged } = await setUp();
    const error = errorOf(
      await backend.invoke('growth:crossTrain', {
        personId,
        skillId: skill.id,
        trainerId: personId,
      }),
    );
    expect(error.fields?.trainerId).toBe('Pick someone else to teach it.');
    await unchanged();
  });
});
