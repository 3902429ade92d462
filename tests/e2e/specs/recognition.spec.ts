import { format, addDays } from 'date-fns';
import { test, expect } from '../fixtures';
import { createPeople, openRoute, pickPeople, simplePerson } from '../helpers/demo-recognition';

const PRAISE = 'Cleared the refund backlog together before the weekend';

test('the capture form saves praise for two people; it shows in both timelines and the team feed', async ({
  app,
}) => {
  const { page } = app;
  const ids = await createPeople(page, [
    simplePerson('Priya Natarajan'),
    simplePerson('Marco Rossi'),
    simplePerson('Aiko Tanaka'),
  ]);
  await openRoute(page, '/capture');
  await expect(page.getByRole('heading', { name: 'Recognise someone' })).toBeVisible();
  await pickPeople(page, ['Priya Natarajan', 'Marco Rossi']);
  await page.getByLabel('What they did').fill(PRAISE);
  await page.getByRole('combobox', { name: 'Value or tag' }).fill('Teamwork');
  await page.locator('label', { hasText: 'Team meeting' }).click();
  await page.getByLabel('What they did').press('Enter');
  await expect(page.getByRole('status')).toContainText('Saved');
  await expect(page.getByText('Praise for Priya Natarajan, Marco Rossi.')).toBeVisible();
  // The window closes itself; where it cannot (a browser tab), it comes back blank for the next one.
  await expect(page.getByLabel('What they did')).toHaveValue('');

  for (const [name, other] of [
    ['Priya Natarajan', 'Marco Rossi'],
    ['Marco Rossi', 'Priya Natarajan'],
  ] as const) {
    await openRoute(page, `/team/${ids[name]}`);
    const history = page.getByLabel(`Recognition for ${name}`);
    await expect(history.getByText(PRAISE)).toBeVisible();
    await expect(history.getByText(`with ${other}`)).toBeVisible();
    await expect(history.getByText('Team meeting')).toBeVisible();
  }
  await openRoute(page, `/team/${ids['Aiko Tanaka']}`);
  await expect(page.getByText('No recognition logged for Aiko Tanaka yet.')).toBeVisible();

  await page.getByRole('link', { name: 'Recognition', exact: true }).click();
  const feed = page.getByRole('list', { name: 'Team recognition' });
  await expect(feed.getByRole('listitem')).toHaveCount(1);
  await expect(feed.getByText(PRAISE)).toBeVisible();
  await expect(feed.getByRole('link', { name: 'Priya Natarajan' })).toBeVisible();
  await expect(feed.getByRole('link', { name: 'Marco Rossi' })).toBeVisible();

  await page.getByRole('combobox', { name: 'Person' }).click();
  await page.getByRole('option', { name: 'Aiko Tanaka' }).click();
  await expect(page.getByText('Nothing matches these filters.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByRole('combobox', { name: 'Value' }).click();
  await page.getByRole('option', { name: 'Teamwork' }).click();
  await expect(feed.getByText(PRAISE)).toBeVisible();
});

test('the capture form says what is wrong next to the field and saves nothing', async ({ app }) => {
  const { page } = app;
  const ids = await createPeople(page, [simplePerson('Priya Natarajan')]);
  await openRoute(page, '/capture');
  await page.getByLabel('What they did').press('Enter');
  await expect(page.getByText('Pick at least one person.')).toBeVisible();
  await expect(page.getByText('What they did is required.')).toBeVisible();

  await pickPeople(page, ['Priya Natarajan']);
  await page.getByLabel('What they did').fill('x'.repeat(2001));
  await page.getByLabel('When').fill(format(addDays(new Date(), 1), 'yyyy-MM-dd'));
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('What they did must be at most 2000 characters.')).toBeVisible();
  await expect(page.getByText('Use today or an earlier date.')).toBeVisible();

  // The backend applies the same rules, and refuses someone who is not on the team.
  const refused = await page.evaluate(async (priya) => {
    const api = window.coachbook;
    const base = {
      text: 'Great call',
      date: '2026-01-05',
      value: null,
      sharedIn: 'private' as const,
    };
    const messages = [];
    for (const input of [
      { ...base, personIds: ['no-such-person'] },
      { ...base, personIds: [priya], text: ' ' },
    ]) {
      messages.push(
        await api.recognition.create(input).then(
          () => 'saved',
          (e: Error) => e.message,
        ),
      );
    }
    return { messages, feed: (await api.recognition.feed()).items.length };
  }, ids['Priya Natarajan']!);
  expect(refused).toEqual({
    messages: [
      'Someone you picked is not in Coachbook any more. They may have been deleted.',
      'What they did is required.',
    ],
    feed: 0,
  });

  // Escape leaves the form; outside the capture window that means back to Today.
  await page.getByLabel('What they did').press('Escape');
  await expect(page.getByRole('heading', { name: 'Today', exact: true })).toBeVisible();
});

test('keyboard only: a name, Enter, Tab, what they did, Enter', async ({ app }) => {
  const { page } = app;
  await createPeople(page, [simplePerson('Priya Natarajan')]);
  await openRoute(page, '/capture');
  await expect(page.getByRole('combobox', { name: 'Who' })).toBeFocused();

  // The same form in the main window, from the Recognition page.
  await openRoute(page, '/recognition');
  await expect(page.getByText('No recognition logged yet')).toBeVisible();
  await page.getByRole('button', { name: 'Recognise someone' }).first().click();
  await expect(page.getByRole('dialog').getByRole('combobox', { name: 'Who' })).toBeFocused();
  await page.keyboard.type('Pri');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Rewrote the API docs without being asked');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Praise for Priya Natarajan.')).toBeVisible();
  await expect(
    page.getByRole('list', { name: 'Team recognition' }).getByText('Rewrote the API docs'),
  ).toBeVisible();
});
