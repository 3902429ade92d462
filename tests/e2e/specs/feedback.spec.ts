import { addDays, format } from 'date-fns';
import { test, expect } from '../fixtures';
import { addWeeklyPerson, openNextOneOnOne, openProfile } from '../helpers/meetings';
import { pick } from '../helpers/roster';

const SITUATION = 'Refund escalation from Acme on Thursday';

test('SBI feedback to deliver lands on the next 1:1 agenda, and leaves it once delivered', async ({
  app,
}) => {
  const { page } = app;
  await addWeeklyPerson(page, 'Marco Rossi');
  await page.getByRole('button', { name: 'Log feedback' }).click();
  const dialog = page.getByRole('dialog', { name: 'Log feedback for Marco Rossi' });
  await dialog.getByText('Constructive', { exact: true }).click();
  await dialog.getByLabel('Situation').fill(SITUATION);
  await dialog.getByLabel('Behaviour').fill('Promised a refund before checking the contract terms');
  await dialog
    .getByLabel('Impact')
    .fill('Finance had to walk it back and the customer felt misled');
  await dialog.getByLabel('Next step').fill('Check the contract first, then ask Nadia when unsure');
  await pick(page, 'Linked to', 'Skill');
  await dialog.getByRole('combobox', { name: 'Skill' }).fill('Refunds');
  await dialog.getByRole('button', { name: 'Save feedback' }).click();
  await expect(page.getByText('Feedback saved.')).toBeVisible();

  const entry = page.getByLabel(/constructive feedback from/);
  await expect(entry.getByText('To deliver')).toBeVisible();
  await expect(entry.getByText('Skill: Refunds')).toBeVisible();
  await expect(page.getByText("One entry is on the next 1:1's agenda.")).toBeVisible();

  await openNextOneOnOne(page, 'Marco Rossi');
  const toGive = page.getByRole('list', { name: 'Feedback to give' });
  await expect(toGive.getByText(SITUATION)).toBeVisible();
  await expect(toGive.getByText('Constructive')).toBeVisible();

  // Given during the 1:1: it leaves the agenda and the profile shows it delivered.
  await toGive.getByRole('button', { name: 'Mark delivered' }).click();
  await expect(page.getByRole('list', { name: 'Feedback to give' })).toBeHidden();

  await openProfile(page, 'Marco Rossi');
  await expect(entry.getByText(/^Delivered \d+ \w+ \d{4}/)).toBeVisible();
  await expect(page.getByText("One entry is on the next 1:1's agenda.")).toBeHidden();
});

test('refuses feedback with missing parts or dates out of order, next to the fields', async ({
  app,
}) => {
  const { page } = app;
  await addWeeklyPerson(page, 'Aiko Tanaka');
  await page.getByRole('button', { name: 'Log feedback' }).click();
  const dialog = page.getByRole('dialog', { name: 'Log feedback for Aiko Tanaka' });
  await dialog.getByRole('button', { name: 'Save feedback' }).click();
  await expect(dialog.getByText('Situation is required.')).toBeVisible();
  await expect(dialog.getByText('Behaviour is required.')).toBeVisible();
  await expect(dialog.getByText('Impact is required.')).toBeVisible();
  // The required parts are marked as such before anything is typed; the next step is optional.
  for (const part of ['Situation', 'Behaviour', 'Impact'])
    await expect(dialog.getByLabel(part)).toHaveAttribute('required', '');
  await expect(dialog.getByLabel('Next step')).not.toHaveAttribute('required');

  await dialog.getByLabel('Situation').fill('Team retro');
  await dialog.getByLabel('Behaviour').fill('Summarised every action with an owner');
  await dialog.getByLabel('Impact').fill('Everyone left knowing what to do');
  await dialog.getByLabel('Date').fill(format(addDays(new Date(), 1), 'yyyy-MM-dd'));
  await pick(page, 'Status', 'Follow up');
  await dialog.getByRole('button', { name: 'Save feedback' }).click();
  await expect(dialog.getByText('Use today or an earlier date.')).toBeVisible();
  await expect(dialog.getByText('Pick a follow-up date.')).toBeVisible();

  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('No feedback logged yet.', { exact: false })).toBeVisible();
  const stored = await page.evaluate(async () => {
    const [person] = await window.coachbook.people.list();
    return (await window.coachbook.feedback.list({ personId: person!.person.id })).length;
  });
  expect(stored).toBe(0);
});
