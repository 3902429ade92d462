import { describe, expect, it } from 'vitest';
import type { PersonGrowthView } from '../../../../shared/ipc/channels/growth';
import type { MeetingView } from '../../../../shared/ipc/channels/meetings';
import type { CheckIn, Goal, Training } from '../../../../shared/model/growth';
import { errorOf, valueOf } from '../../helpers/backend';
import { openOccurrence, withPerson } from '../../helpers/meetings';
import { useTempDir } from '../../helpers/temp-dir';
import { addSkill, personFileText, storedGrowth } from './helpers';

describe('development plans and the training log', () => {
  const dir = useTempDir();

  it('starts a plan from a template: its goals, dated milestones and targets', async () => {
    const { backend, personId } = await withPerson(dir());
    const goals = valueOf<Goal[]>(
      await backend.invoke('growth:startPlan', {
        personId,
        templateId: 'tier1-to-tier2',
        startsOn: '2026-11-23',
      }),
    );
    expect(goals.map((g) => g.title)).toEqual([
      'Handle Tier 2 escalations independently',
      "Learn the product's technical side",
    ]);
    expect(goals[0]).toMatchObject({
      startsOn: '2026-11-23',
      targetDate: '2027-02-15',
      status: 'planned',
      templateId: 'tier1-to-tier2',
    });
    expect(goals[0]!.milestones.map((m) => m.due)).toEqual([
      '2026-12-07',
      '2027-01-04',
      '2027-02-15',
    ]);
    expect((await storedGrowth(dir(), personId)).goals).toHaveLength(2);
    expect(
      errorOf(
        await backend.invoke('growth:startPlan', {
          personId,
          templateId: 'gone',
          startsOn: '2026-11-23',
        }),
      ).message,
    ).toBe('This template does not exist any more.');
  });

  it('ticks a milestone and writes a check-in in a 1:1, recording which one', async () => {
    const { backend, personId } = await withPerson(dir());
    const meeting = (await openOccurrence(backend, personId, '2026-11-17')) as MeetingView;
    const [goal] = valueOf<Goal[]>(
      await backend.invoke('growth:startPlan', {
        personId,
        templateId: 'agent-to-qa',
        startsOn: '2026-11-02',
      }),
    );
    const milestone = goal!.milestones[0]!;
    const ticked = valueOf<Goal>(
      await backend.invoke('growth:tickMilestone', {
        personId,
        goalId: goal!.id,
        milestoneId: milestone.id,
        done: true,
        on: '2026-11-18',
        meetingId: meeting.meeting.id,
      }),
    );
    expect(ticked.status).toBe('in_progress');
    expect(ticked.milestones[0]).toMatchObject({
      doneOn: '2026-11-18',
      doneInMeetingId: meeting.meeting.id,
    });
    const checkIn = valueOf<CheckIn>(
      await backend.invoke('growth:addCheckIn', {
        personId,
        goalId: goal!.id,
        text: 'Rubric studied; calibration booked',
        on: '2026-11-18',
        meetingId: meeting.meeting.id,
      }),
    );
    expect(checkIn).toMatchObject({ meetingId: meeting.meeting.id, on: '2026-11-18' });

    // Unticking clears both the date and the 1:1.
    const unticked = valueOf<Goal>(
      await backend.invoke('growth:tickMilestone', {
        personId,
        goalId: goal!.id,
        milestoneId: milestone.id,
        done: false,
        on: '2026-11-18',
      }),
    );
    expect(unticked.milestones[0]).toMatchObject({ doneOn: null, doneInMeetingId: null });

    expect(
      errorOf(
        await backend.invoke('growth:addCheckIn', {
          personId,
          goalId: goal!.id,
          text: 'From the future',
          on: '2026-11-19',
        }),
      ).fields?.on,
    ).toBe('Use today or an earlier date.');
    expect(
      errorOf(
        await backend.invoke('growth:addCheckIn', {
          personId,
          goalId: goal!.id,
          text: 'Unknown meeting',
          on: '2026-11-18',
          meetingId: 'nope',
        }),
      ).code,
    ).toBe('not_found');
  });

  it('achieves and drops goals with their date and reason', async () => {
    const { backend, personId } = await withPerson(dir());
    const goal = valueOf<Goal>(
      await backend.invoke('growth:createGoal', {
        personId,
        title: 'Learn Zendesk macros',
        startsOn: '2026-11-01',
      }),
    );
    const achieved = valueOf<Goal>(
      await backend.invoke('growth:setGoalStatus', {
        personId,
        goalId: goal.id,
        status: 'achieved',
        on: '2026-11-18',
      }),
    );
    expect(achieved).toMatchObject({ status: 'achieved', achievedOn: '2026-11-18' });
    const dropped = valueOf<Goal>(
      await backend.invoke('growth:setGoalStatus', {
        personId,
        goalId: goal.id,
        status: 'dropped',
        reason: 'Moved to the chat team',
        on: '2026-11-18',
      }),
    );
    expect(dropped).toMatchObject({
      status: 'dropped',
      statusReason: 'Moved to the chat team',
      achievedOn: null,
    });
  });

  it('logs a training with hours, and counts them this quarter and this year', async () => {
    const { backend, personId } = await withPerson(dir());
    for (const [completedOn, hoursSpent] of [
      ['2026-11-10', 3],
      ['2026-08-01', 4.5],
      ['2025-12-31', 8],
    ] as const) {
      valueOf<Training>(
        await backend.invoke('growth:createTraining', {
          personId,
          kind: 'shadowing',
          title: 'Shadowed Tier 2',
          status: 'completed',
          completedOn,
          hoursSpent,
        }),
      );
    }
    const view = valueOf<PersonGrowthView>(await backend.invoke('growth:person', { personId }));
    expect(view.hours).toEqual({ quarter: 3, year: 7.5 });
    expect(view.trainings).toHaveLength(3);
  });

  it('keeps a link to a goal, and unlinks trainings when their goal is removed', async () => {
    const { backend, personId } = await withPerson(dir());
    const goal = valueOf<Goal>(
      await backend.invoke('growth:createGoal', { personId, title: 'QA', startsOn: '2026-11-01' }),
    );
    const training = valueOf<Training>(
      await backend.invoke('growth:createTraining', {
        personId,
        kind: 'course',
        title: 'QA rubric course',
        goalId: goal.id,
        url: 'https://academy.example.com/qa',
      }),
    );
    expect(training).toMatchObject({ goalId: goal.id, url: 'https://academy.example.com/qa' });
    valueOf(await backend.invoke('growth:removeGoal', { personId, goalId: goal.id }));
    expect((await storedGrowth(dir(), personId)).trainings[0]!.goalId).toBeNull();
  });

  it('edits a goal: its fields and skills; a skill deleted since stays linked under its name', async () => {
    const { backend, personId } = await withPerson(dir());
    const billing = await addSkill(backend, 'Billing');
    const chat = await addSkill(backend, 'Chat');
    const [goal] = valueOf<Goal[]>(
      await backend.invoke('growth:startPlan', {
        personId,
        templateId: 'tier1-to-tier2',
        startsOn: '2026-11-23',
      }),
    );
    const fields = {
      personId,
      goalId: goal!.id,
      title: 'Own billing escalations',
      why: 'Billing has one expert',
      measure: '10 escalations, QA 90%',
      startsOn: '2026-11-23',
      targetDate: '2027-03-01',
      skills: [
        { skillId: billing.id, targetLevel: 3 },
        { skillId: chat.id, targetLevel: 2 },
      ],
    };
    const edited = valueOf<Goal>(await backend.invoke('growth:updateGoal', fields));
    expect(edited).toMatchObject({
      title: 'Own billing escalations',
      targetDate: '2027-03-01',
      templateId: 'tier1-to-tier2',
      skills: [
        { skillId: billing.id, skillName: 'Billing', targetLevel: 3 },
        { skillId: chat.id, skillName: 'Chat', targetLevel: 2 },
      ],
    });
    expect(edited.milestones).toHaveLength(3);

    // Chat is deleted: editing the goal again keeps the link under its name, level as chosen.
    valueOf(await backend.invoke('growth:removeSkill', { skillId: chat.id, confirm: true }));
    const again = valueOf<Goal>(
      await backend.invoke('growth:updateGoal', {
        ...fields,
        skills: [
          { skillId: billing.id, targetLevel: 4 },
          { skillId: chat.id, targetLevel: 3 },
        ],
      }),
    );
    expect(again.skills).toEqual([
      { skillId: billing.id, skillName: 'Billing', targetLevel: 4 },
      { skillId: chat.id, skillName: 'Chat', targetLevel: 3 },
    ]);
    // A skill never linked and not on the team's list is still refused.
    const before = await personFileText(dir(), personId);
    const unknown = errorOf(
      await backend.invoke('growth:updateGoal', {
        ...fields,
        skills: [{ skillId: 'gone', targetLevel: 3 }],
      }),
    );
    expect(unknown.fields?.['skills.0.skillId']).toBe(
      "This skill is not on the team's list any more. It may have been deleted.",
    );
    // Moving the start after a milestone's due date is refused at the start field.
    const late = errorOf(
      await backend.invoke('growth:updateGoal', { ...fields, startsOn: '2026-12-15' }),
    );
    expect(late.fields?.startsOn).toBe(
      'A milestone cannot be due before its goal starts (15 Dec 2026).',
    );
    expect(await personFileText(dir(), personId)).toBe(before);
  });
});
