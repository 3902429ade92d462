import { addDays, format } from 'date-fns';
import { test, expect } from '../fixtures';
import { addPerson } from '../helpers/roster';
import {
  addTalkingPoint,
  addWeeklyPerson,
  markHeld,
  openNextOneOnOne,
  openProfile,
} from '../helpers/meetings';

test('a cadence yields the upcoming 1:1s, and one can be skipped', async ({ app }) => {
  const { page } = app;
  await addWeeklyPerson(page, 'Marco Rossi');
  const upcoming = page.getByRole('list', { name: 'Upcoming 1:1s' }).getByRole('listitem');
  await expect(upcoming.first()).toContainText('Today 23:59');
  const nextWeek = format(addDays(new Date(), 7), 'EEE d MMM');
  await expect(upcoming.nth(1)).toContainText(nextWeek);

  await page
    .getByRole('button', { name: /^Change 1:1 on .*\d/ })
    .nth(1)
    .click();
  await page.getByRole('menuitem', { name: 'Skip this one' }).click();
  await expect(upcoming.nth(1)).not.toContainText(nextWeek);
  await expect(upcoming.nth(1)).toContainText(format(addDays(new Date(), 14), 'EEE d MMM'));

  await page.getByRole('link', { name: 'Today', exact: true }).click();
  await expect(page.getByRole('list', { name: '1:1s today' })).toContainText('Marco Rossi');
});

test('an unresolved talking point carries over to the next 1:1; a resolved one does not', async ({
  app,
}) => {
  const { page } = app;
  await addWeeklyPerson(page, 'Aiko Tanaka');
  await openNextOneOnOne(page, 'Aiko Tanaka');
  await addTalkingPoint(page, 'Weekend rota');
  await addTalkingPoint(page, 'Celebrate the CSAT jump');
  await page.getByRole('checkbox', { name: 'Done: Celebrate the CSAT jump' }).click();
  await expect(page.getByRole('checkbox', { name: 'Done: Celebrate the CSAT jump' })).toBeChecked();
  await markHeld(page);

  await openNextOneOnOne(page, 'Aiko Tanaka');
  const agenda = page.getByRole('list', { name: 'Talking points' });
  await expect(agenda.getByRole('listitem').filter({ hasText: 'Weekend rota' })).toContainText(
    'Carried over',
  );
  await expect(agenda).not.toContainText('Celebrate the CSAT jump');
});

test('an action item rolls forward until it is done', async ({ app }) => {
  const { page } = app;
  await addWeeklyPerson(page, 'Ben Carter');
  await openNextOneOnOne(page, 'Ben Carter');
  await page.getByLabel('New action item').fill('Update the refund macro');
  await page.getByLabel('Due date').fill(format(addDays(new Date(), -3), 'yyyy-MM-dd'));
  await page.getByLabel('New action item').press('Enter');
  const actions = page.getByRole('list', { name: 'Action items' });
  await expect(
    actions.getByRole('listitem').filter({ hasText: 'Update the refund macro' }),
  ).toContainText('Overdue 3d');
  await markHeld(page);
  await page.getByRole('link', { name: 'Today', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Action items due' })).toContainText(
    'Update the refund macro',
  );

  await openNextOneOnOne(page, 'Ben Carter');
  await expect(actions).toContainText('Update the refund macro');
  await page.getByRole('checkbox', { name: 'Done: Update the refund macro' }).click();
  await expect(page.getByRole('checkbox', { name: 'Done: Update the refund macro' })).toBeChecked();
  await markHeld(page);

  await openNextOneOnOne(page, 'Ben Carter');
  await expect(page.getByText('No open action items.')).toBeVisible();
});

test('notes save while typing and survive a restart without pressing anything', async ({ app }) => {
  const { page } = app;
  await addWeeklyPerson(page, 'Nadia Haddad');
  await openNextOneOnOne(page, 'Nadia Haddad');
  const url = page.url();
  await page
    .getByLabel('Notes (Markdown)')
    .fill('## Escalations\n- Took over the **billing** queue');
  await expect(
    page.getByLabel('Notes preview').getByRole('heading', { name: 'Escalations' }),
  ).toBeVisible();
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('Saved');

  await app.restart();
  await page.goto(url);
  // The editor shows the note as typed, line by line (innerText keeps the line breaks).
  await expect(page.getByLabel('Notes (Markdown)')).toHaveText(
    '## Escalations\n- Took over the **billing** queue',
    { useInnerText: true },
  );
});

test('the brief shows what is open since the last 1:1', async ({ app }) => {
  const { page } = app;
  await addWeeklyPerson(page, 'Sofia Lindqvist');
  await openNextOneOnOne(page, 'Sofia Lindqvist');
  await addTalkingPoint(page, 'Career path to QA lead');
  await page.getByLabel('New action item').fill('Share the QA rubric');
  await page.getByLabel('New action item').press('Enter');
  await page.getByRole('radiogroup', { name: 'Mood' }).getByText('2', { exact: true }).click();
  await expect(page.getByText('Low', { exact: true })).toBeVisible();
  await page.getByLabel('Notes (Markdown)').fill('Felt stretched by the backlog');
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('Saved');
  await markHeld(page);

  await page.getByRole('link', { name: 'Brief' }).click();
  await expect(page.getByRole('heading', { name: '1:1 brief: Sofia Lindqvist' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Open action items' })).toContainText(
    'Share the QA rubric',
  );
  await expect(page.getByRole('list', { name: 'Talking points waiting' })).toContainText(
    'Career path to QA lead',
  );
  await expect(page.getByText('Felt stretched by the backlog')).toBeVisible();
  await expect(page.getByRole('img', { name: /Mood over the last 1 1:1s: 2/ })).toBeVisible();
});

test('an export leaves the private notes out unless asked', async ({ app }) => {
  const { page } = app;
  await addPerson(page, { name: 'Omar Farouk', frequency: 'Weekly' });
  await openNextOneOnOne(page, 'Omar Farouk');
  await page.getByLabel('Notes (Markdown)').fill('Shared: great week on chat');
  // A click on the field's label puts the cursor in the field, as a form label does.
  await page.getByText('Private notes', { exact: true }).click();
  await expect(page.getByLabel('Private notes')).toBeFocused();
  await page.keyboard.type('Private: worried about burnout');
  await expect(page.getByLabel('Private notes')).toHaveText('Private: worried about burnout');
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('Saved');
  await markHeld(page);
  await openProfile(page, 'Omar Farouk');
  await page.getByRole('button', { name: 'Export' }).click();
  await expect(
    page.getByRole('menuitem', { name: 'History as Markdown, with private notes' }),
  ).toBeVisible();

  const personId = page.url().split('/team/')[1]!;
  const exported = (includePrivate: boolean) =>
    page.evaluate(
      ([id, withPrivate]) =>
        window.coachbook.export.personMarkdown({ personId: id, includePrivate: withPrivate }),
      [personId, includePrivate] as const,
    );
  const plain = await exported(false);
  expect(plain.content).toContain('Shared: great week on chat');
  expect(plain.content).not.toContain('worried about burnout');
  expect((await exported(true)).content).toContain('Private: worried about burnout');
});
