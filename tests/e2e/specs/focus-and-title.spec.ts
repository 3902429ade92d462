import { test, expect } from '../fixtures';
import { openRoute } from '../helpers/demo-recognition';
import { addWeeklyPerson, markHeld, openNextOneOnOne, openProfile } from '../helpers/meetings';

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

test('dialogs open on their first field; after a save focus lands on a control, never the body', async ({
  app,
}) => {
  const { page } = app;
  const onBody = () => page.evaluate(() => document.activeElement === document.body);
  await addWeeklyPerson(page, 'Lena Fischer');
  await openProfile(page, 'Lena Fischer');

  await page.getByRole('button', { name: 'Log feedback' }).click();
  const feedback = page.getByRole('dialog', { name: 'Log feedback for Lena Fischer' });
  await expect(feedback.getByLabel('Situation')).toBeFocused();
  await feedback.getByLabel('Situation').fill('Monday standup');
  await feedback.getByLabel('Behaviour').fill('Walked the team through the new macro');
  await feedback.getByLabel('Impact').fill('Two fewer escalations');
  await feedback.getByRole('button', { name: 'Save feedback' }).click();
  await expect(feedback).toBeHidden();
  await expect(page.getByRole('button', { name: 'Log feedback' })).toBeFocused();

  await page.getByRole('button', { name: 'Ad-hoc 1:1' }).click();
  const adHoc = page.getByRole('dialog', { name: 'Add an ad-hoc 1:1' });
  await expect(adHoc.getByLabel(/date and time/i)).toBeFocused();
  await adHoc.getByRole('button', { name: 'Back' }).click();
  await expect(adHoc).toBeHidden();
  await expect(page.getByRole('button', { name: 'Ad-hoc 1:1' })).toBeFocused();

  await openNextOneOnOne(page, 'Lena Fischer');
  await page.keyboard.press('Control+p');
  const picker = page.getByRole('dialog', { name: 'Add from the question bank' });
  await expect(picker.getByRole('combobox', { name: 'Prompt' })).toBeFocused();
  // The list of prompts opens whole, not cut off at the dialog's edge.
  await page.keyboard.press('ArrowDown');
  await expect(picker.getByRole('listbox').getByRole('option').nth(5)).toBeInViewport();
  await page.keyboard.type('queue this week');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(picker).toBeHidden();
  expect(await onBody()).toBe(false);

  // Adding a talking point keeps the lead in the field, ready for the next one.
  await page.getByLabel('New talking point').fill('Weekend rota');
  await page.getByLabel('New talking point').press('Enter');
  await expect(page.getByRole('list', { name: 'Talking points' })).toContainText('Weekend rota');
  await expect(page.getByLabel('New talking point')).toBeFocused();

  // An edit field that closes on its save (or Escape) hands focus back to its Edit button.
  await page.getByRole('link', { name: 'Questions' }).click();
  await page.getByLabel('Search prompts').fill('recent win');
  await page.getByRole('button', { name: /^Edit: What is a recent win/ }).click();
  await expect(page.getByLabel('Prompt text')).toBeFocused();
  await page.getByLabel('Prompt text').fill('What is a recent win, big or small?');
  await page.getByLabel('Prompt text').press('Enter');
  await expect(page.getByLabel('Prompt text')).toHaveCount(0);
  const edit = page.getByRole('button', { name: 'Edit: What is a recent win, big or small?' });
  await expect(edit).toBeFocused();
  await page.keyboard.press('Enter');
  await page.getByLabel('Prompt text').press('Escape');
  await expect(edit).toBeFocused();
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
