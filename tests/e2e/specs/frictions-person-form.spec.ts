import { expect, test } from '../fixtures';
import { pick } from '../helpers/roster';

test('leaving a half-filled person form asks first; "Keep editing" keeps what was typed', async ({
  app,
}) => {
  const { page } = app;
  await page.getByRole('link', { name: 'Team', exact: true }).click();
  await page.getByRole('button', { name: 'Add person' }).first().click();
  await page.getByLabel('Name').fill('Priya Raman');
  await page.getByLabel('Role').fill('Tier 2 agent');

  await page.getByRole('link', { name: 'Today', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Leave without saving?' });
  await expect(dialog).toContainText('What you typed for Priya Raman is not saved yet.');
  await dialog.getByRole('button', { name: 'Keep editing' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByLabel('Role')).toHaveValue('Tier 2 agent');

  await page.getByRole('link', { name: 'Today', exact: true }).click();
  await dialog.getByRole('button', { name: 'Leave without saving' }).click();
  await expect(page.getByRole('heading', { name: 'Today', exact: true })).toBeVisible();
  expect(await page.evaluate(() => window.coachbook.people.list())).toHaveLength(0);
});

test('an untouched form and a saved one leave without asking', async ({ app }) => {
  const { page } = app;
  await page.getByRole('link', { name: 'Team', exact: true }).click();
  await page.getByRole('button', { name: 'Add person' }).first().click();
  await page.getByRole('link', { name: 'Today', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Today', exact: true })).toBeVisible();

  await page.getByRole('link', { name: 'Team', exact: true }).click();
  await page.getByRole('button', { name: 'Add person' }).first().click();
  await page.getByLabel('Name').fill('Priya Raman');
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByRole('heading', { name: 'Priya Raman' })).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('"Save and add another" saves, empties the form and keeps it open', async ({ app }) => {
  const { page } = app;
  await page.getByRole('link', { name: 'Team', exact: true }).click();
  await page.getByRole('button', { name: 'Add person' }).first().click();
  await page.getByLabel('Name').fill('Priya Raman');
  await page.getByRole('button', { name: 'Save and add another' }).click();
  await expect(page.getByText('Priya Raman added. Next person:')).toBeVisible();
  await expect(page.getByLabel('Name')).toHaveValue('');
  await expect(page.getByLabel('Name')).toBeFocused();
  await page.getByLabel('Name').fill('Tomás Herrera');
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByRole('heading', { name: 'Tomás Herrera' })).toBeVisible();
  const names = await page.evaluate(async () =>
    (await window.coachbook.people.list()).map((v) => v.person.name).sort(),
  );
  expect(names).toEqual(['Priya Raman', 'Tomás Herrera']);
});

test('the form says which 1:1s saving plans, and "No regular 1:1" says so too', async ({ app }) => {
  const { page } = app;
  await page.getByRole('link', { name: 'Team', exact: true }).click();
  await page.getByRole('button', { name: 'Add person' }).first().click();
  const summary = page.getByRole('note', { name: 'What saving plans' });
  await expect(summary).toContainText('Saving plans 1:1s every two weeks on Tuesday at 10:00');
  await expect(page.getByLabel('Joined the team')).toBeVisible();
  await expect(page.getByLabel('1:1s start on')).toBeVisible();
  await pick(page, 'How often', 'No regular 1:1');
  await expect(summary).toContainText('No regular 1:1');
});
