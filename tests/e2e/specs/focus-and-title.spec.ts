import { test, expect } from '../fixtures';
import { openRoute } from '../helpers/demo-recognition';
import { addWeeklyPerson, markHeld, openNextOneOnOne } from '../helpers/meetings';

test('the skip link comes first; a route change focuses the page heading and names the window', async ({
  app,
}) => {
  const { page } = app;
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  await expect(page).toHaveTitle('Today — Coachbook');

  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeFocused();

  await page.getByRole('link', { name: 'Team', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Team', level: 1 })).toBeFocused();
  await expect(page).toHaveTitle('Team — Coachbook');

  // A page form opens with its first field focused; a failed submit focuses the invalid field.
  await openRoute(page, '/team/new');
  await expect(page.getByLabel('Name')).toBeFocused();
  await page.getByLabel('Role').focus();
  await page.getByRole('button', { name: 'Add person' }).last().click();
  await expect(page.getByLabel('Name')).toBeFocused();
  await expect(page.getByLabel('Name')).toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel('Name').fill('Ana Lima');
  await page.getByRole('button', { name: 'Add person' }).last().click();
  await expect(page.getByRole('heading', { name: 'Ana Lima', level: 1 })).toBeFocused();
  await expect(page).toHaveTitle('Ana Lima — Coachbook');
});

test('after Mark as held focus stays in place, on Reopen; never on the body', async ({ app }) => {
  const { page } = app;
  await addWeeklyPerson(page, 'Marco Rossi');
  await openNextOneOnOne(page, 'Marco Rossi');
  await expect(page).toHaveTitle('1:1 with Marco Rossi — Coachbook');
  await page.getByRole('button', { name: 'Mark as held' }).focus();
  await markHeld(page);
  await expect(page.getByRole('button', { name: 'Reopen' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Mark as held' })).toBeFocused();
});

test('mood: arrows move without saving or wrapping; Enter saves', async ({ app }) => {
  const { page } = app;
  await addWeeklyPerson(page, 'Aiko Tanaka');
  await openNextOneOnOne(page, 'Aiko Tanaka');
  const mood = page.getByRole('radiogroup', { name: 'Mood' });
  await mood.getByText('4', { exact: true }).click();
  await expect(page.getByText('Good', { exact: true })).toBeVisible();

  await mood.getByRole('radio', { name: '4' }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(mood.getByRole('radio', { name: '5' })).toBeChecked();
  await expect(mood.getByRole('radio', { name: '5' })).toBeFocused();
  await expect(page.getByText('Great (Enter to save)')).toBeVisible();
  await page.reload();
  await expect(
    page.getByRole('radiogroup', { name: 'Mood' }).getByRole('radio', { name: '4' }),
  ).toBeChecked();

  await page.getByRole('radiogroup', { name: 'Mood' }).getByRole('radio', { name: '4' }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Great', { exact: true })).toBeVisible();
  await page.reload();
  await expect(
    page.getByRole('radiogroup', { name: 'Mood' }).getByRole('radio', { name: '5' }),
  ).toBeChecked();
});

test('Appearance: Light, Dark or System, kept across a restart, System follows the OS live', async ({
  app,
}) => {
  const { page } = app;
  const scheme = page.locator('html');
  await page.emulateMedia({ colorScheme: 'light' });
  await openRoute(page, '/settings');
  const appearance = page.getByRole('radiogroup', { name: 'Appearance' });
  await expect(appearance.getByRole('radio', { name: 'System' })).toBeChecked();
  await expect(scheme).toHaveAttribute('data-mantine-color-scheme', 'light');

  await appearance.getByText('Dark', { exact: true }).click();
  await expect(scheme).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await page.reload();
  await expect(scheme).toHaveAttribute('data-mantine-color-scheme', 'dark');

  await page.getByRole('radiogroup', { name: 'Appearance' }).getByText('System').click();
  await expect(scheme).toHaveAttribute('data-mantine-color-scheme', 'light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(scheme).toHaveAttribute('data-mantine-color-scheme', 'dark');
});
