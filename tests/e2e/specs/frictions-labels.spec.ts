import { expect, test } from '../fixtures';
import { addWeeklyPerson, openProfile } from '../helpers/meetings';

test("an ad-hoc 1:1 without a full date and time is refused in a lead's words, at the field", async ({
  app,
}) => {
  const { page } = app;
  await addWeeklyPerson(page, 'Dana Whitfield');
  await openProfile(page, 'Dana Whitfield');
  await page.getByRole('button', { name: 'Ad-hoc 1:1' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an ad-hoc 1:1' });
  await dialog.getByRole('button', { name: 'Add' }).click();
  await expect(
    dialog.getByText('Pick a day and a time, for example 17 November at 10:00.'),
  ).toBeVisible();
  await expect(page.getByText(/2026-11-17T10:00/)).toHaveCount(0);
  expect((await page.evaluate(() => window.coachbook.people.list()))[0]!.person.name).toBe(
    'Dana Whitfield',
  );
});

test("question bank categories are in a lead's words, with the process as a subtitle", async ({
  app,
}) => {
  const { page } = app;
  await page.getByRole('link', { name: 'Questions' }).click();
  const category = page.getByRole('button', { name: /Stress and mood/ });
  await expect(category).toContainText('Teamwork process: Affect management');
  await expect(page.getByRole('button', { name: /^Affect management/ })).toHaveCount(0);
});
