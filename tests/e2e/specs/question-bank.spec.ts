import { test, expect } from '../fixtures';
import { addWeeklyPerson, openNextOneOnOne } from '../helpers/meetings';

test('a prompt goes into the agenda with the keyboard', async ({ app }) => {
  const { page } = app;
  await addWeeklyPerson(page, 'Priya Natarajan');
  await openNextOneOnOne(page, 'Priya Natarajan');
  await page.keyboard.press('Control+p');
  const picker = page.getByRole('dialog', { name: 'Add from the question bank' });
  await expect(picker).toBeVisible();
  await picker.getByRole('combobox', { name: 'Prompt' }).fill('queue this week');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(picker).toBeHidden();
  await expect(page.getByRole('list', { name: 'Talking points' })).toContainText(
    'How manageable was your queue this week?',
  );
});

test('the lead adds, edits and hides prompts and makes a template', async ({ app }) => {
  const { page } = app;
  await page.getByRole('link', { name: 'Questions' }).click();
  await page
    .getByRole('textbox', { name: 'Prompt', exact: true })
    .fill('What would make handovers smoother?');
  await page.getByRole('button', { name: 'Add prompt' }).click();
  await page.getByLabel('Search prompts').fill('handovers');
  const own = page.getByRole('listitem').filter({ hasText: 'What would make handovers smoother?' });
  await expect(own).toContainText('Yours');

  await page.getByRole('button', { name: 'Edit: What would make handovers smoother?' }).click();
  await page.getByLabel('Prompt text').fill('What would make shift handovers smoother?');
  await page.getByLabel('Prompt text').press('Enter');
  await expect(
    page.getByRole('listitem').filter({ hasText: 'What would make shift handovers smoother?' }),
  ).toBeVisible();

  await page.getByLabel('Search prompts').fill('What is a recent win');
  await page.getByRole('button', { name: 'Hide: What is a recent win you are proud of?' }).click();
  await expect(
    page.getByRole('listitem').filter({ hasText: 'What is a recent win you are proud of?' }),
  ).toContainText('Hidden');

  await page.getByRole('button', { name: 'Add prompt' }).click();
  await expect(page.getByText('Prompt is required.')).toBeVisible();

  await page.getByLabel('Template name').fill('Handover check');
  await page.getByRole('combobox', { name: 'Prompts' }).fill('shift handovers');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Save template' }).click();
  await expect(page.getByRole('list', { name: 'Templates' })).toContainText('Handover check');
});
