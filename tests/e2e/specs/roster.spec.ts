import { test, expect } from '../fixtures';
import { addPerson } from '../helpers/roster';

test('adds, edits, archives, restores and deletes a person', async ({ app }) => {
  const { page } = app;
  await expect(page.getByRole('heading', { name: 'Today' })).toBeVisible();
  await expect(page.getByText('Start with your team')).toBeVisible();

  await addPerson(page, {
    name: 'Priya Natarajan',
    role: 'Support agent',
    skills: ['Billing'],
    frequency: 'Weekly',
  });
  await expect(page.getByRole('heading', { name: 'Priya Natarajan' })).toBeVisible();
  await expect(page.getByText('Weekly on Tuesday at 10:00')).toBeVisible();

  await page.getByRole('link', { name: 'Edit' }).click();
  await page.getByLabel('Role').fill('Senior support agent');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Senior support agent')).toBeVisible();

  await page.getByRole('button', { name: 'Archive' }).click();
  await expect(page.getByText('Archived', { exact: true }).first()).toBeVisible();
  await page.getByRole('link', { name: 'Team' }).click();
  await expect(page.getByText('Nobody matches this filter.')).toBeVisible();
  await page.getByText('Archived', { exact: true }).click();
  await page.getByRole('link', { name: 'Priya Natarajan' }).click();
  await page.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('button', { name: 'Archive' })).toBeVisible();

  await page.getByRole('button', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('button', { name: 'Delete for good' })).toBeDisabled();
  await dialog.getByLabel('Type Priya Natarajan to confirm').fill('Priya Natarajan');
  await dialog.getByRole('button', { name: 'Delete for good' }).click();
  await expect(page.getByRole('heading', { name: 'Team', exact: true })).toBeVisible();
  await expect(page.getByText('Your team is empty')).toBeVisible();
});

test('keeps the roster after the app restarts on the same folder', async ({ app }) => {
  await addPerson(app.page, { name: 'Marco Rossi', role: 'Tier 2', frequency: 'Every two weeks' });
  await addPerson(app.page, { name: 'Aiko Tanaka', role: 'Onboarding specialist' });
  await app.restart();
  await app.page.getByRole('link', { name: 'Team' }).click();
  await expect(app.page.getByRole('link', { name: 'Marco Rossi' })).toBeVisible();
  await expect(app.page.getByRole('link', { name: 'Aiko Tanaka' })).toBeVisible();
});

test('rejects a bad value with a message next to the field and saves nothing', async ({ app }) => {
  const { page } = app;
  await page.getByRole('link', { name: 'Team' }).click();
  await page.getByRole('button', { name: 'Add person' }).click();
  await page.getByLabel('Email').fill('not-an-email');
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByText('Name is required.')).toBeVisible();
  await expect(
    page.getByText('Enter an email like sam@example.com, or leave it empty.'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('Your team is empty')).toBeVisible();
});

test('filters the roster by text and sorts it', async ({ app }) => {
  const { page } = app;
  await addPerson(page, { name: 'Zoe Adams', role: 'Tier 1', tags: ['Night shift'] });
  await addPerson(page, { name: 'Ben Carter', role: 'Tier 2' });
  await page.getByRole('link', { name: 'Team' }).click();
  const names = page.getByRole('table', { name: 'Team members' }).getByRole('link');
  await expect(names).toHaveText(['Ben Carter', 'Zoe Adams']);
  await page.getByLabel('Filter people').fill('night');
  await expect(names).toHaveText(['Zoe Adams']);
});
