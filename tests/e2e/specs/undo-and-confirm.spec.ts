// One pattern for destructive actions: cheap removals offer "Undo" for a few seconds, the rest
// ask in the one confirmation dialog. Shortcuts work while typing.
import { test, expect } from '../fixtures';
import { addTalkingPoint, addWeeklyPerson, openNextOneOnOne } from '../helpers/meetings';

test('a removed talking point comes back in its place with Undo', async ({ app }) => {
  const { page } = app;
  await addWeeklyPerson(page, 'Lena Fischer');
  await openNextOneOnOne(page, 'Lena Fischer');
  for (const text of ['Queue health', 'Weekend rota', 'Training budget'])
    await addTalkingPoint(page, text);
  const points = page.getByRole('list', { name: 'Talking points' }).getByRole('listitem');
  await expect(points).toHaveCount(3);

  await page.getByRole('button', { name: 'Remove: Weekend rota' }).click();
  await expect(points).toHaveCount(2);
  await expect(page.getByText('Talking point removed: Weekend rota')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();

  await expect(points).toHaveText([/Queue health/, /Weekend rota/, /Training budget/]);
});

test('a removed action item and a deleted template come back with Undo', async ({ app }) => {
  const { page } = app;
  await addWeeklyPerson(page, 'Omar Haddad');
  await openNextOneOnOne(page, 'Omar Haddad');
  await page.getByLabel('New action item').fill('Share the escalation guide');
  await page.getByLabel('New action item').press('Enter');
  const actions = page.getByRole('list', { name: 'Action items' });
  await expect(actions).toContainText('Share the escalation guide');
  await page.getByRole('button', { name: 'Remove: Share the escalation guide' }).click();
  await expect(page.getByText('No open action items.')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(actions).toContainText('Share the escalation guide');

  await page.getByRole('link', { name: 'Questions' }).click();
  await page.getByLabel('Template name').fill('Quarter review');
  await page.getByRole('combobox', { name: 'Prompts' }).fill('queue this week');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Save template' }).click();
  const templates = page.getByRole('list', { name: 'Templates' });
  await expect(templates).toContainText('Quarter review');
  await page.getByRole('button', { name: 'Delete template Quarter review' }).click();
  await expect(templates).not.toContainText('Quarter review');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(templates).toContainText('Quarter review');
});

test('a deleted prompt of your own comes back with Undo, in the template that held it', async ({
  app,
}) => {
  const { page } = app;
  await page.getByRole('link', { name: 'Questions' }).click();
  const text = 'What would make handovers smoother?';
  await page.getByRole('textbox', { name: 'Prompt', exact: true }).fill(text);
  await page.getByRole('button', { name: 'Add prompt' }).click();
  await page.getByLabel('Template name').fill('Handover check');
  await page.getByRole('combobox', { name: 'Prompts' }).fill('handovers smoother');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Save template' }).click();
  const templates = page.getByRole('list', { name: 'Templates' });
  await expect(templates).toContainText('Handover check');

  await page.getByLabel('Search prompts').fill('handovers smoother');
  // The prompt's own row (the template's row names it too).
  const row = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: `Delete: ${text}` }) });
  await page.getByRole('button', { name: `Delete: ${text}` }).click();
  await expect(row).toHaveCount(0);
  await expect(page.getByText(`Prompt deleted: ${text}`)).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(row).toContainText('Yours');

  // Undo writes the prompt back first and then the template that held it: wait for both.
  await expect(templates).toContainText('Handover check');
  await expect
    .poll(async () => {
      const bank = await page.evaluate(() => window.coachbook.questions.list());
      const copy = bank.prompts.find((p) => p.text === text);
      const held = bank.templates.find((t) => t.name === 'Handover check')?.promptIds;
      return copy !== undefined && held?.length === 1 && held[0] === copy.id;
    })
    .toBe(true);
});

test('deleting feedback asks first, in the confirmation dialog', async ({ app }) => {
  const { page } = app;
  await addWeeklyPerson(page, 'Sofia Alves');
  await page.getByRole('button', { name: 'Log feedback' }).click();
  const form = page.getByRole('dialog', { name: 'Log feedback for Sofia Alves' });
  await form.getByLabel('Situation').fill('Monday standup');
  await form.getByLabel('Behaviour').fill('Walked the team through the new macro');
  await form.getByLabel('Impact').fill('Two fewer escalations');
  await form.getByRole('button', { name: 'Save feedback' }).click();
  await expect(form).toBeHidden();

  await page.getByRole('button', { name: /^More for positive feedback/ }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete this feedback?' });
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();
  const entry = page.getByLabel(/^positive feedback from/);
  await expect(entry).toBeVisible();

  await page.getByRole('button', { name: /^More for positive feedback/ }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(entry).toHaveCount(0);
  await expect(page.getByText('Feedback deleted.')).toBeVisible();
});

test('shortcuts work while typing in a field', async ({ app }) => {
  const { page } = app;
  await addWeeklyPerson(page, 'Ravi Menon');
  await openNextOneOnOne(page, 'Ravi Menon');
  await page.getByLabel('New talking point').fill('half-written');
  await page.getByLabel('New talking point').press('Control+p');
  const picker = page.getByRole('dialog', { name: 'Add from the question bank' });
  await expect(picker).toBeVisible();
  // The first Escape closes the prompt list, the second the dialog.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(picker).toBeHidden();

  // The notes editor keeps its own keys (undo, line moves) but leaves the app's to the app.
  const notes = page.getByLabel('Notes (Markdown)');
  await notes.click();
  await page.keyboard.type('Ravi asked about QA');
  await page.keyboard.press('Control+p');
  await expect(picker).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(picker).toBeHidden();
  await expect(notes).toHaveText('Ravi asked about QA');
  await notes.click();
  await page.keyboard.press('Control+z');
  await expect(notes).toHaveText('');
  await page.keyboard.press('Control+4');
  await expect(page.getByRole('heading', { name: 'Recognition', exact: true })).toBeVisible();
  await page.keyboard.press('Control+Comma');
  await expect(page.getByRole('heading', { name: 'Settings', exact: true })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Keyboard shortcuts' })).toContainText(
    'Add from the question bank',
  );

  await page.keyboard.press('Control+2');
  await page.getByLabel('Filter people').fill('Ravi');
  await page.getByLabel('Filter people').press('Control+n');
  await expect(page.getByRole('heading', { name: 'Add a person', exact: true })).toBeVisible();
  await expect(page.getByLabel('Name')).toBeFocused();
  await page.getByLabel('Name').press('Control+1');
  await expect(page.getByRole('heading', { name: 'Today', exact: true })).toBeVisible();
});
