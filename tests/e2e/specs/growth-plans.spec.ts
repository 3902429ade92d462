import { test, expect } from '../fixtures';
import { addWeeklyPerson, openNextOneOnOne, openProfile } from '../helpers/meetings';

test('starts a development plan from a template in one step', async ({ app }) => {
  const { page } = app;
  await addWeeklyPerson(page, 'Ana Lima');
  await expect(page.getByText('No goals yet.', { exact: false })).toBeVisible();

  await page.getByRole('button', { name: 'From template' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start a plan for Ana Lima' });
  await dialog.getByRole('radio', { name: 'Tier 1 → Tier 2' }).check();
  await dialog.getByRole('button', { name: 'Start plan' }).click();
  await expect(page.getByText('Plan started: 2 goals added.')).toBeVisible();

  const goal = page.getByRole('article', { name: 'Goal: Handle Tier 2 escalations independently' });
  await expect(goal.getByText('0 of 3 milestones', { exact: false })).toBeVisible();
  await expect(goal.getByText('Shadow a Tier 2 agent for 3 sessions')).toBeVisible();
  await expect(
    page.getByRole('article', { name: "Goal: Learn the product's technical side" }),
  ).toBeVisible();
  // The plan is on the timeline too.
  await expect(page.getByRole('list', { name: 'Timeline' })).toContainText(
    'Goal set: Handle Tier 2 escalations independently',
  );

  // A template is a start: the goal is edited to fit the person, its milestones kept.
  await goal
    .getByRole('button', { name: 'Actions for Handle Tier 2 escalations independently' })
    .click();
  await page.getByRole('menuitem', { name: 'Edit…' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit goal for Ana Lima' });
  await edit.getByRole('textbox', { name: 'Goal', exact: true }).fill('Own billing escalations');
  await edit.getByLabel('How success is measured').fill('10 billing escalations, QA 90%');
  await edit.getByRole('button', { name: 'Save goal' }).click();
  await expect(page.getByText('Goal saved.')).toBeVisible();
  const edited = page.getByRole('article', { name: 'Goal: Own billing escalations' });
  await expect(edited).toContainText('Measured by: 10 billing escalations, QA 90%');
  await expect(edited.getByText('0 of 3 milestones', { exact: false })).toBeVisible();

  // A milestone added from the plan, behind its own button.
  await edited.getByRole('button', { name: 'Add milestone to Own billing escalations' }).click();
  const text = edited.getByRole('textbox', { name: 'New milestone for Own billing escalations' });
  await expect(text).toBeFocused();
  await text.fill('Pair with Nadia on two refunds');
  await text.press('Enter');
  await expect(edited.getByText('0 of 4 milestones', { exact: false })).toBeVisible();
  await expect(edited.getByText('Pair with Nadia on two refunds')).toBeVisible();
});

test('a milestone ticked and a check-in written in a 1:1 show in the brief, with the 1:1', async ({
  app,
}) => {
  const { page } = app;
  await addWeeklyPerson(page, 'Ben Okafor');
  await page.evaluate(async () => {
    const [person] = await window.coachbook.people.list();
    const today = new Date();
    const startsOn = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    await window.coachbook.growth.startPlan({
      personId: person!.person.id,
      templateId: 'agent-to-qa',
      startsOn,
    });
  });
  await openNextOneOnOne(page, 'Ben Okafor');

  const goal = page.getByRole('article', { name: 'Goal: Review tickets against the QA rubric' });
  const tick = goal.getByRole('checkbox', { name: 'Done: Study the QA rubric and its examples' });
  await tick.click();
  await expect(tick).toBeChecked();
  await expect(goal.getByText(/^Done \d+ \w+ \d{4}$/)).toBeVisible();
  await goal
    .getByRole('textbox', { name: 'Check-in on Review tickets against the QA rubric' })
    .fill('Rubric read; first calibration on Thursday');
  await goal
    .getByRole('textbox', { name: 'Check-in on Review tickets against the QA rubric' })
    .press('Enter');
  await expect(page.getByText('Check-in saved.')).toBeVisible();
  await expect(goal.getByText('Rubric read; first calibration on Thursday')).toBeVisible();

  const recorded = await page.evaluate(async () => {
    const [person] = await window.coachbook.people.list();
    const view = await window.coachbook.growth.person({ personId: person!.person.id });
    const g = view.goals.find((x) => x.title === 'Review tickets against the QA rubric')!;
    return { milestone: g.milestones[0]!.doneInMeetingId, checkIn: g.checkIns[0]!.meetingId };
  });
  const meetingId = page.url().split('/meetings/')[1];
  expect(recorded).toEqual({ milestone: meetingId, checkIn: meetingId });

  await page.getByRole('link', { name: 'Brief' }).first().click();
  await expect(page.getByRole('heading', { name: '1:1 brief: Ben Okafor' })).toBeVisible();
  const growth = page.getByRole('list', { name: 'Growth' });
  await expect(growth).toContainText('in a 1:1: Study the QA rubric and its examples');
  await expect(growth).toContainText('Review tickets against the QA rubric (1 of 3 milestones');

  await openProfile(page, 'Ben Okafor');
  await expect(page.getByRole('list', { name: 'Timeline' })).toContainText(
    'Milestone done: Study the QA rubric and its examples',
  );
});

test('logs "shadowed Tier 2 for 3 hours" in a few keystrokes and shows the hours in the team view', async ({
  app,
}) => {
  const { page } = app;
  await addWeeklyPerson(page, 'Cleo Martin');
  const quick = page.getByRole('textbox', { name: 'Quick log' });
  await quick.fill('shadowed Tier 2 for 3 hours');
  await quick.press('Enter');
  await expect(page.getByText('Logged: Shadowed Tier 2, 3 h.')).toBeVisible();
  await expect(quick).toHaveValue('');
  await expect(page.getByLabel('Training hours')).toHaveText('3 h this quarter · 3 h this year');
  const log = page.getByRole('list', { name: 'Trainings' });
  await expect(log.getByRole('listitem', { name: 'Shadowed Tier 2' })).toContainText('Shadowing');
  await expect(log.getByRole('listitem', { name: 'Shadowed Tier 2' })).toContainText('Completed');

  await page.getByRole('link', { name: 'Growth', exact: true }).click();
  await page.getByRole('tab', { name: 'Training' }).click();
  const row = page.getByRole('table', { name: 'Training per person' }).getByRole('row', {
    name: /Cleo Martin/,
  });
  await expect(row).toContainText('3 h');
  await expect(row).toContainText('Nothing planned');
});

test('refuses a goal without text and a milestone due before the goal starts, next to the fields', async ({
  app,
}) => {
  const { page } = app;
  await addWeeklyPerson(page, 'Dev Patel');
  await page.getByRole('button', { name: 'New goal' }).click();
  const dialog = page.getByRole('dialog', { name: 'New goal for Dev Patel' });
  await dialog.getByRole('button', { name: 'Add goal' }).click();
  await expect(dialog.getByText('Say what the goal is.')).toBeVisible();

  await dialog.getByRole('textbox', { name: 'Goal', exact: true }).fill('Own the billing queue');
  await dialog.getByLabel('Starts on').fill('2030-03-01');
  await dialog.getByRole('textbox', { name: 'Milestone 1', exact: true }).fill('Shadow Nadia');
  await dialog.getByLabel('Milestone 1 due').fill('2030-02-01');
  await dialog.getByRole('button', { name: 'Add goal' }).click();
  await expect(
    dialog.getByText('A milestone cannot be due before its goal starts (1 Mar 2030).'),
  ).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  const goals = await page.evaluate(async () => {
    const [person] = await window.coachbook.people.list();
    return (await window.coachbook.growth.person({ personId: person!.person.id })).goals.length;
  });
  expect(goals).toBe(0);
});
