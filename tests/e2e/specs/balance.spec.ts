import type { Page } from '@playwright/test';
import { format, subDays } from 'date-fns';
import { test, expect } from '../fixtures';
import { createPeople, openRoute, simplePerson } from '../helpers/demo-recognition';

const ago = (days: number) => format(subDays(new Date(), days), 'yyyy-MM-dd');

/** Priya praised today, Marco 20 and 40 days ago, Aiko just added and never praised. */
async function seedBalance(page: Page) {
  const ids = await createPeople(page, [
    simplePerson('Priya Natarajan'),
    simplePerson('Marco Rossi'),
    simplePerson('Aiko Tanaka'),
  ]);
  await page.evaluate(
    async ({ ids, dates }) => {
      const api = window.coachbook;
      const praise = (personId: string, date: string, value: string) =>
        api.recognition.create({ personIds: [personId], text: 'Good work', value, date });
      const constructive = (personId: string, date: string) =>
        api.feedback.create({
          personId,
          kind: 'constructive',
          date,
          situation: 'Queue review',
          behaviour: 'Closed tickets without confirming',
          impact: 'Two reopened',
        });
      await praise(ids['Priya Natarajan']!, dates.today, 'Teamwork');
      await praise(ids['Marco Rossi']!, dates.d20, 'Ownership');
      await praise(ids['Marco Rossi']!, dates.d40, 'Ownership');
      await constructive(ids['Marco Rossi']!, dates.d10);
      await constructive(ids['Priya Natarajan']!, dates.d60);
    },
    { ids, dates: { today: ago(0), d10: ago(10), d20: ago(20), d40: ago(40), d60: ago(60) } },
  );
  await page.reload();
  return ids;
}

test('the balance and the nudge on Today match the data; Recognise now clears the nudge', async ({
  app,
}) => {
  const { page } = app;
  await seedBalance(page);

  const nudges = page.getByRole('list', { name: 'Recognition nudges' });
  await expect(nudges.getByRole('listitem')).toHaveCount(1);
  await expect(nudges.getByText('Marco Rossi')).toBeVisible();
  await expect(nudges.getByText('20 days without recognition')).toBeVisible();

  await openRoute(page, '/recognition?view=balance');
  const table = page.getByRole('table', { name: 'Recognition balance per person' });
  const row = (name: string) => table.getByRole('row').filter({ hasText: name });
  await expect(row('Marco Rossi').getByRole('cell')).toHaveText([
    'Marco Rossi',
    format(subDays(new Date(), 20), 'd MMM yyyy'),
    'Over 1420',
    '1 / 2',
    '1 / 1',
    'Ownership ×2',
  ]);
  await expect(row('Priya Natarajan').getByRole('cell')).toHaveText([
    'Priya Natarajan',
    format(new Date(), 'd MMM yyyy'),
    '0',
    '1 / 1',
    '0 / 1',
    'Teamwork ×1',
  ]);
  await expect(row('Aiko Tanaka').getByRole('cell').nth(1)).toHaveText('Never');
  await expect(page.getByLabel('Recognition, last 30 days')).toHaveText('2');
  await expect(page.getByLabel('Recognition, last 90 days')).toHaveText('3');
  await expect(page.getByLabel('Longest without', { exact: true })).toHaveText('Marco Rossi');

  await page.getByRole('link', { name: 'Today', exact: true }).click();
  await page.getByRole('button', { name: 'Recognise now: Marco Rossi' }).click();
  const dialog = page.getByRole('dialog', { name: 'Recognise someone' });
  await expect(dialog.getByText('Marco Rossi')).toBeVisible();
  await dialog.getByLabel('What they did').fill('Took the Spanish queue over the weekend backlog');
  await dialog.getByLabel('What they did').press('Enter');
  await expect(page.getByText('Praise for Marco Rossi.')).toBeVisible();
  await expect(page.getByText(/recognised in the last 14 days/)).toBeVisible();
});

test('the "too long" threshold is a setting that Today follows', async ({ app }) => {
  const { page } = app;
  await seedBalance(page);
  await expect(page.getByRole('button', { name: 'Recognise now: Marco Rossi' })).toBeVisible();

  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  const days = page.getByLabel('Nudge after this many days without recognition');
  await days.fill('0');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Use at least 1 day.')).toBeVisible();
  await days.fill('30');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(
    page.getByText('Today now nudges you after 30 days without recognition.'),
  ).toBeVisible();

  await page.getByRole('link', { name: 'Today', exact: true }).click();
  await expect(page.getByText(/recognised in the last 30 days/)).toBeVisible();
});

test('the team values are editable and offered when capturing praise', async ({ app }) => {
  const { page } = app;
  await createPeople(page, [simplePerson('Priya Natarajan')]);
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  const values = page.getByRole('combobox', { name: 'Team values' });
  await values.fill('Curiosity');
  await values.press('Enter');
  await page.getByRole('button', { name: 'Save values' }).click();
  await expect(page.getByText('Team values saved.')).toBeVisible();

  await openRoute(page, '/capture');
  await page.getByRole('combobox', { name: 'Value or tag' }).fill('Cur');
  await expect(page.getByRole('option', { name: 'Curiosity' })).toBeVisible();
});
