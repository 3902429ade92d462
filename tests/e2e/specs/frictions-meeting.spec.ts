import { expect, test } from '../fixtures';
import { addWeeklyPerson, markHeld, openNextOneOnOne } from '../helpers/meetings';

test('the notes are where the lead types during the 1:1: at the top, the agenda beside them', async ({
  app,
}) => {
  const { page } = app;
  await addWeeklyPerson(page, 'Dana Whitfield');
  await openNextOneOnOne(page, 'Dana Whitfield');
  const notes = await page.getByLabel('Notes (Markdown)').boundingBox();
  const agenda = await page.getByLabel('New talking point').boundingBox();
  // Above the fold of an 800 px window, with room to type.
  expect(notes!.y).toBeLessThan(320);
  expect(notes!.y + notes!.height).toBeLessThan(800);
  // The agenda's column is beside the notes, not under them.
  expect(agenda!.x).toBeGreaterThan(notes!.x + notes!.width);
  expect(agenda!.y).toBeLessThan(800);
});

test('a held 1:1 links to the next one', async ({ app }) => {
  const { page } = app;
  await addWeeklyPerson(page, 'Dana Whitfield');
  await openNextOneOnOne(page, 'Dana Whitfield');
  const around = page.getByRole('navigation', { name: 'Other 1:1s' });
  await expect(around.getByRole('link', { name: /^Next 1:1/ })).toHaveCount(0);
  await markHeld(page);
  const next = around.getByRole('link', { name: /^Next 1:1 \(/ });
  await expect(next).toBeVisible();
  await next.click();
  await expect(page.getByRole('button', { name: 'Mark as held' })).toBeVisible();
  await expect(around.getByRole('link', { name: /^Previous 1:1/ })).toBeVisible();
});

test('a partly typed due date is refused with a message, never saved as no date', async ({
  app,
}) => {
  const { page } = app;
  await addWeeklyPerson(page, 'Dana Whitfield');
  await openNextOneOnOne(page, 'Dana Whitfield');
  await page.getByLabel('New action item').fill('Send the refund macro draft');
  const due = page.getByLabel('Due date');
  await due.click();
  await due.pressSequentially('12'); // the month only
  // The action items' Add (the agenda's comes after it, in the column beside).
  const addAction = page.getByRole('button', { name: 'Add', exact: true }).first();
  await addAction.click();
  await expect(page.getByText('Finish the date (day, month and year) or clear it.')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Action items' })).toHaveCount(0);
  await expect(page.getByLabel('New action item')).toHaveValue('Send the refund macro draft');

  await due.fill('2026-12-24');
  await addAction.click();
  const items = page.getByRole('list', { name: 'Action items' });
  await expect(items.getByText('Send the refund macro draft')).toBeVisible();
  await expect(items.getByText('Due 24 Dec 2026')).toBeVisible();
});

test('a suggested topic in the brief goes onto the agenda in one click', async ({ app }) => {
  const { page } = app;
  await addWeeklyPerson(page, 'Dana Whitfield');
  // An action item three weeks overdue: the brief suggests raising it.
  await page.evaluate(async () => {
    const [person] = await window.coachbook.people.list();
    const due = new Date(Date.now() - 21 * 86_400_000).toISOString().slice(0, 10);
    await window.coachbook.actions.add({
      personId: person!.person.id,
      text: 'Update the escalation macro',
      owner: 'report',
      due,
      meetingId: null,
    });
  });
  await page.getByRole('link', { name: 'Brief', exact: true }).first().click();
  const topics = page.getByRole('list', { name: 'Suggested topics' });
  const add = topics.getByRole('button', { name: /^Add to agenda: / }).first();
  const label = (await add.getAttribute('aria-label'))!;
  const text = label.replace('Add to agenda: ', '');
  await add.click();
  await expect(topics.getByText('On the agenda')).toBeVisible();
  await expect(page.getByRole('button', { name: label })).toHaveCount(0);
  await expect(
    page.getByRole('list', { name: 'Talking points waiting' }).getByText(text),
  ).toBeVisible();
});
