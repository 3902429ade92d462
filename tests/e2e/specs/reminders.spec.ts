import { test, expect, type AppHandle } from '../fixtures';
import { addPerson } from '../helpers/roster';
import type { Page } from '@playwright/test';

// Reminders on the web host: the engine runs in the test's backend with the fixed clock, which
// `app.setNow` moves (and wakes the engine, as resume does in the desktop app). What the OS would
// show is recorded: `app.notifications()`.

const bell = (page: Page) => page.getByRole('button', { name: /^Reminders, / });

async function openBell(page: Page) {
  await bell(page).click();
  return page.getByRole('dialog', { name: 'Reminders' });
}

/** Ben Okafor, weekly on Wednesdays at 13:00 from today (Wednesday 18 November 2026). */
async function addBen(page: Page) {
  await addPerson(page, {
    name: 'Ben Okafor',
    frequency: 'Weekly',
    weekday: 'Wednesday',
    time: '13:00',
  });
}

const titles = (app: AppHandle) => app.notifications().map((n) => n.title);

test.describe('a 1:1 in ten minutes', () => {
  test.use({ fixedNow: '2026-11-18T12:48:00' });

  test('comes as a notification and in the bell, and a click opens that 1:1', async ({ app }) => {
    const { page } = app;
    await addBen(page);
    // The brief's reminder (60 minutes before) is already due when Ben is added.
    await expect
      .poll(() => titles(app))
      .toEqual(['The brief is ready: 1:1 with Ben Okafor at 13:00']);

    await app.setNow('2026-11-18T12:50:00');
    await expect
      .poll(() => app.notifications().at(-1))
      .toMatchObject({
        title: '1:1 with Ben Okafor at 13:00',
        body: 'Starts in 10 minutes.',
        route: expect.stringMatching(/^\/team\/[^/]+\/occurrence\/2026-11-18$/),
      });
    expect(app.notifications()).toHaveLength(2);
    await expect(bell(page)).toHaveAccessibleName('Reminders, 2 due');

    const list = await openBell(page);
    const soon = list.getByRole('listitem', { name: '1:1 with Ben Okafor at 13:00', exact: true });
    await expect(soon).toContainText('Starts in 10 minutes.');
    await soon.getByRole('button', { name: 'Open' }).click();
    await expect(page.getByRole('heading', { name: '1:1 with Ben Okafor' })).toBeVisible();
    await expect(list).toBeHidden();
  });

  test('snoozed, it leaves the count until the clock passes the snooze time', async ({ app }) => {
    const { page } = app;
    await addBen(page);
    // The brief's reminder first, on its own, so the 1:1's comes alone too.
    await expect.poll(() => app.notifications()).toHaveLength(1);
    await app.setNow('2026-11-18T12:50:00');
    await expect(bell(page)).toHaveAccessibleName('Reminders, 2 due');
    await expect.poll(() => titles(app).at(-1)).toBe('1:1 with Ben Okafor at 13:00');

    const list = await openBell(page);
    const soon = list.getByRole('listitem', { name: '1:1 with Ben Okafor at 13:00', exact: true });
    await soon.getByRole('button', { name: 'Snooze' }).click();
    await page.getByRole('menuitem', { name: '10 minutes' }).click();
    await expect(bell(page)).toHaveAccessibleName('Reminders, 1 due');
    const snoozed = list.getByRole('region', { name: 'Snoozed' });
    await expect(snoozed.getByRole('listitem')).toContainText('Snoozed until 13:00');
    await page.keyboard.press('Escape');

    await app.setNow('2026-11-18T12:52:00');
    await app.setNow('2026-11-18T12:55:00');
    await app.setNow('2026-11-18T12:58:00');
    await expect(bell(page)).toHaveAccessibleName('Reminders, 1 due');
    expect(app.notifications()).toHaveLength(2);

    await app.setNow('2026-11-18T13:00:30');
    await expect(bell(page)).toHaveAccessibleName('Reminders, 2 due');
    // Back from the snooze, it is shown once more, as itself.
    await expect.poll(() => titles(app).at(-1)).toBe('1:1 with Ben Okafor at 13:00');
    expect(app.notifications()).toHaveLength(3);
  });
});

test.describe('a clock jump of many hours', () => {
  test.use({ fixedNow: '2026-11-18T10:00:00' });

  test('gives one "While you were away" digest, not a burst, and never twice', async ({ app }) => {
    const { page } = app;
    await addBen(page);
    const before = app.notifications().length;

    // Asleep from 10:00 to 17:00: the brief (12:00) and the 1:1 (12:50) fell due meanwhile.
    await app.setNow('2026-11-18T17:00:00');
    await expect.poll(() => app.notifications().length).toBe(before + 1);
    expect(app.notifications().at(-1)).toMatchObject({
      title: 'While you were away: 2 reminders',
      route: '/',
    });

    await app.setNow('2026-11-18T17:01:00');
    await expect(bell(page)).toHaveAccessibleName('Reminders, 2 due');
    const list = await openBell(page);
    await expect(
      list.getByRole('region', { name: 'While you were away' }).getByRole('listitem'),
    ).toHaveCount(2);
    expect(app.notifications()).toHaveLength(before + 1);

    await list.getByRole('button', { name: 'Dismiss all' }).click();
    await expect(bell(page)).toHaveAccessibleName('Reminders, none due');
    await expect(list.getByText(/^Nothing due\./)).toBeVisible();
  });
});

test.describe('notifications refused by the system', () => {
  test.use({ notifications: 'denied' });

  test('a banner says reminders only reach the bell', async ({ app }) => {
    const { page } = app;
    const banner = page.getByRole('status').filter({
      hasText: 'Notifications are turned off for Coachbook',
    });
    await expect(banner).toBeVisible();
    await expect(banner).toContainText('only reach the bell');

    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await page.getByRole('button', { name: 'Send a test notification' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'The test notification was not shown' }),
    ).toBeVisible();

    await banner.getByRole('button', { name: 'Hide this message' }).click();
    await expect(banner).toBeHidden();
  });
});

test.describe('reminder settings', () => {
  test('are saved, and a bad time gets a message next to it and saves nothing', async ({ app }) => {
    const { page } = app;
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    const lead = page.getByRole('textbox', { name: 'A 1:1 starting soon: minutes before' });
    await expect(lead).toHaveValue('10');
    await lead.fill('15');
    const digestDays = page.getByRole('group', { name: 'Digest days' });
    await digestDays.locator('label', { hasText: /^Fri$/ }).click();
    await expect(digestDays.getByRole('checkbox', { name: 'Friday' })).not.toBeChecked();
    await page.getByRole('button', { name: 'Save reminder settings' }).click();
    await expect(page.getByText('Reminder settings saved.')).toBeVisible();

    await lead.fill('');
    await page.getByRole('button', { name: 'Save reminder settings' }).click();
    await expect(page.getByText('Enter a whole number of minutes.')).toBeVisible();

    await page.reload();
    await expect(lead).toHaveValue('15');
    await expect(digestDays.getByRole('checkbox', { name: 'Friday' })).not.toBeChecked();
    await expect(
      page.getByRole('switch', { name: 'Start Coachbook when I log in' }),
    ).toBeDisabled();
  });
});
