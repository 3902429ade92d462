import { describe, expect, it } from 'vitest';
import type { PersonGrowthView, TeamGrowthView } from '../../../../shared/ipc/channels/growth';
import type { GrowthToday } from '../../../../shared/domain/growth/today';
import type { Goal, PersonSkill, Training } from '../../../../shared/model/growth';
import { errorOf, startBackend, valueOf } from '../../helpers/backend';
import { fixedClock } from '../../helpers/people';
import { useTempDir } from '../../helpers/temp-dir';
import { addPeople, addSkill, setLevel, storedGrowth } from './helpers';

describe('skill levels, coverage and the team view', () => {
  const dir = useTempDir();

  it('keeps every level change with its date; the same level again adds nothing', async () => {
    let now = new Date('2026-11-10T09:00:00');
    const backend = await startBackend(dir(), { clock: () => now });
    const [ana] = await addPeople(backend, 'Ana Lima');
    const phone = await addSkill(backend, 'Phone');
    await setLevel(backend, ana!, phone.id, 1);
    now = new Date('2026-11-18T09:00:00');
    await setLevel(backend, ana!, phone.id, 3);
    const again = valueOf<PersonSkill>(
      await backend.invoke('growth:setLevel', { personId: ana, skillId: phone.id, level: 3 }),
    );
    expect(again.history.map((h) => [h.level, h.on])).toEqual([
      [1, '2026-11-10'],
      [3, '2026-11-18'],
    ]);
    expect((await storedGrowth(dir(), ana!)).skills[0]!.history).toHaveLength(2);
  });

  it('asks before deleting a skill people have levels in, and keeps their history readable', async () => {
    const backend = await startBackend(dir());
    const [ana] = await addPeople(backend, 'Ana Lima');
    const chat = await addSkill(backend, 'Chat');
    const unused = await addSkill(backend, 'Social');
    await setLevel(backend, ana!, chat.id, 2);

    // A skill nobody has a level in goes at once.
    expect(valueOf(await backend.invoke('growth:removeSkill', { skillId: unused.id }))).toEqual({
      removed: true,
      peopleWithLevels: 0,
    });

    const asked = errorOf(await backend.invoke('growth:removeSkill', { skillId: chat.id }));
    expect(asked).toMatchObject({
      code: 'conflict',
      message: '1 person has a level in Chat. Delete it anyway? Their level history is kept.',
    });
    const settings = valueOf<{ skills: { id: string }[] }>(
      await backend.invoke('growth:settings', {}),
    );
    expect(settings.skills.map((s) => s.id)).toEqual([chat.id]);

    expect(
      valueOf(await backend.invoke('growth:removeSkill', { skillId: chat.id, confirm: true })),
    ).toEqual({ removed: true, peopleWithLevels: 1 });
    const view = valueOf<PersonGrowthView>(
      await backend.invoke('growth:person', { personId: ana }),
    );
    expect(view.skills).toEqual([
      expect.objectContaining({ skillId: chat.id, name: 'Chat', groupId: null, level: 2 }),
    ]);
    expect(valueOf<TeamGrowthView>(await backend.invoke('growth:team', {})).coverage).toEqual([]);
  });

  it('refuses a second skill with the same name, and a group that still holds skills', async () => {
    const backend = await startBackend(dir());
    await addSkill(backend, 'Phone', { groupId: 'channels' });
    expect(
      errorOf(
        await backend.invoke('growth:saveSkill', {
          name: 'phone',
          groupId: 'channels',
          criticality: 'low',
          requiredLevel: 2,
          targetCoverage: 2,
        }),
      ).fields?.name,
    ).toBe('There is already a skill called Phone.');
    expect(
      errorOf(await backend.invoke('growth:removeGroup', { groupId: 'channels' })).message,
    ).toBe('Channels still holds a skill: move or delete it first.');
  });

  it('counts coverage among active people only: archiving someone removes them', async () => {
    const backend = await startBackend(dir());
    const [ana, ben] = await addPeople(backend, 'Ana Lima', 'Ben Okafor');
    const billing = await addSkill(backend, 'Billing', { requiredLevel: 3, targetCoverage: 2 });
    await setLevel(backend, ana!, billing.id, 3);
    await setLevel(backend, ben!, billing.id, 4);
    const coverage = async () =>
      valueOf<TeamGrowthView>(await backend.invoke('growth:team', {})).coverage[0]!;
    expect(await coverage()).toMatchObject({ count: 2, state: 'covered' });

    valueOf(await backend.invoke('people:archive', { id: ben }));
    expect(await coverage()).toMatchObject({
      count: 1,
      state: 'single',
      coverers: [{ personId: ana, name: 'Ana Lima', level: 3 }],
    });
    const team = valueOf<TeamGrowthView>(await backend.invoke('growth:team', {}));
    expect(team.people.map((p) => p.name)).toEqual(['Ana Lima']);
  });

  it('shows leave on Today: a skill becomes a single point of failure while someone is away', async () => {
    const backend = await startBackend(dir());
    const [ana, ben] = await addPeople(backend, 'Ana Lima', 'Ben Okafor');
    const phone = await addSkill(backend, 'Phone', { targetCoverage: 2 });
    await setLevel(backend, ana!, phone.id, 3);
    await setLevel(backend, ben!, phone.id, 3);
    const today = async () => valueOf<GrowthToday>(await backend.invoke('growth:today', {}));
    expect((await today()).coverage).toEqual([]);

    valueOf(
      await backend.invoke('growth:addAbsence', {
        personId: ben,
        from: '2026-11-18',
        to: '2026-11-25',
        note: 'Holiday',
      }),
    );
    const withLeave = await today();
    expect(withLeave.coverage).toEqual([
      expect.objectContaining({ name: 'Phone', state: 'single', away: ['Ben Okafor'] }),
    ]);
    expect(withLeave.awayToday).toEqual([
      { personId: ben, name: 'Ben Okafor', until: '2026-11-25' },
    ]);
  });

  it('cross-trains from a gap: a goal and a shadowing training with the trainer, one write', async () => {
    const backend = await startBackend(dir());
    const [ana, ben] = await addPeople(backend, 'Ana Lima', 'Ben Okafor');
    const email = await addSkill(backend, 'Email', { requiredLevel: 3, targetCoverage: 2 });
    await setLevel(backend, ben!, email.id, 4);
    const plan = valueOf<{ goal: Goal; training: Training }>(
      await backend.invoke('growth:crossTrain', {
        personId: ana,
        skillId: email.id,
        trainerId: ben,
        dueOn: '2026-12-16',
      }),
    );
    expect(plan.goal).toMatchObject({
      title: 'Cover Email: reach level 3 (Independent)',
      why: 'Email is covered by 1 of the 2 people it needs.',
      targetDate: '2026-12-16',
      skills: [{ skillId: email.id, skillName: 'Email', targetLevel: 3 }],
    });
    expect(plan.training).toMatchObject({
      kind: 'shadowing',
      title: 'Shadow Ben Okafor on Email',
      trainer: { personId: ben, name: 'Ben Okafor' },
      goalId: plan.goal.id,
      dueOn: '2026-12-02',
    });
    const stored = await storedGrowth(dir(), ana!);
    expect(stored.skills).toEqual([
      { skillId: email.id, skillName: 'Email', history: [], targetLevel: 3, canTrain: false },
    ]);
    expect(
      errorOf(
        await backend.invoke('growth:crossTrain', {
          personId: ana,
          skillId: email.id,
          trainerId: ben,
          dueOn: '2026-11-01',
        }),
      ).fields?.dueOn,
    ).toBe('Use today or a later date.');
  });

  it('lists certifications expiring within 60 days and overdue trainings in the team view', async () => {
    const backend = await startBackend(dir(), { clock: fixedClock });
    const [ana] = await addPeople(backend, 'Ana Lima');
    for (const [title, expiresOn] of [
      ['Zendesk admin', '2027-01-10'],
      ['ITIL', '2027-03-01'],
    ] as const) {
      valueOf(
        await backend.invoke('growth:createTraining', {
          personId: ana,
          kind: 'certification',
          title,
          status: 'completed',
          completedOn: '2025-01-10',
          expiresOn,
        }),
      );
    }
    valueOf(
      await backend.invoke('growth:createTraining', {
        personId: ana,
        kind: 'course',
        title: 'API basics',
        status: 'in_progress',
        dueOn: '2026-11-16',
      }),
    );
    const row = valueOf<TeamGrowthView>(await backend.invoke('growth:team', {})).training[0]!;
    expect(row.certifications.map((c) => [c.title, c.daysLeft])).toEqual([['Zendesk admin', 53]]);
    expect(row.overdue).toEqual([expect.objectContaining({ title: 'API basics', daysOverdue: 2 })]);
    expect(row.open.map((t) => t.title)).toEqual(['API basics']);
  });
});
