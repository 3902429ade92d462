import { test, expect } from '../fixtures';
import { openProfile } from '../helpers/meetings';
import { addPerson, pick } from '../helpers/roster';

// Every 1:1 a cadence promised stays visible until it is marked, with a fixed (and moved) clock.

test.describe('a 1:1 that started 30 minutes ago', () => {
  test.use({ fixedNow: '2027-01-04T09:30:00' }); // a Monday

  test('is on Today as "Now" and first in the profile, then "Earlier today"', async ({ app }) => {
    const { page } = app;
    await addPerson(page, {
      name: 'Nadia Haddad',
      frequency: 'Weekly',
      weekday: 'Monday',
      time: '09:00',
      startsOn: '2027-01-04',
    });
    const first = page.getByRole('list', { name: 'Upcoming 1:1s' }).getByRole('listitem').first();
    await expect(first).toContainText('Today 09:00');
    await expect(first).toContainText('Now');
    await page.getByRole('link', { name: 'Today', exact: true }).click();
    const today = page.getByRole('list', { name: '1:1s today' });
    await expect(today).toContainText('Nadia Haddad');
    await expect(today).toContainText('Now');
    await expect(today).toContainText('Today 09:00');

    await app.setNow('2027-01-04T11:00:00');
    await page.reload();
    await expect(today).toContainText('Earlier today');
    await openProfile(page, 'Nadia Haddad');
    await expect(first).toContainText('Today 09:00');
    await expect(first).toContainText('Earlier today');
  });
});

test.describe('past 1:1s not recorded', () => {
  test.use({ fixedNow: '2027-01-01T12:00:00' });

  test('three show on Today and are marked from there, one alone and two at once', async ({
    app,
  }) => {
    const { page } = app;
    await addPerson(page, {
      name: 'Tomás Silva',
      frequency: 'Weekly',
      weekday: 'Monday',
      time: '09:00',
      startsOn: '2027-01-01',
    });
    await app.setNow('2027-01-20T10:00:00');
    await page.reload();
    // The profile lists them too, and so does its timeline.
    await expect(
      page.getByRole('list', { name: 'Past 1:1s not recorded' }).getByRole('listitem'),
    ).toHaveCount(3);
    await expect(
      page.getByRole('list', { name: 'Timeline' }).getByRole('link', { name: '1:1 not recorded' }),
    ).toHaveCount(3);
    await page.getByRole('link', { name: 'Today', exact: true }).click();
    await expect(page.getByRole('heading', { name: '3 past 1:1s not recorded' })).toBeVisible();
    const list = page.getByRole('list', { name: 'Past 1:1s not recorded' });
    await expect(list.getByRole('listitem')).toHaveCount(3);

    await list
      .getByRole('button', { name: /Mark 1:1 Tomás Silva, Mon 4 Jan 2027.* as missed/ })
      .click();
    await expect(page.getByRole('heading', { name: '2 past 1:1s not recorded' })).toBeVisible();

    await page.getByRole('checkbox', { name: 'Select all' }).check();
    await page.getByRole('button', { name: 'Held (2)' }).click();
    await expect(page.getByRole('heading', { name: /not recorded/ })).toHaveCount(0);

    await openProfile(page, 'Tomás Silva');
    const history = page.getByRole('list', { name: 'Past and planned 1:1s' });
    await expect(history.getByText('Held')).toHaveCount(2);
    await expect(history.getByText('Missed')).toHaveCount(1);
    await expect(history).toContainText('Marked afterwards');
  });
});

test.describe('a cadence edit keeps the fortnight', () => {
  // The Wednesday of an off week (01-05, 01-19, 02-02 had 1:1s; 02-09 has none): a start date
  // read alone there would move the fortnight to 02-23.
  test.use({ fixedNow: '2026-02-11T12:00:00' });

  test('changing only the time, from a date in the off week, keeps the same Mondays', async ({
    app,
  }) => {
    const { page } = app;
    await addPerson(page, {
      name: 'Ines Duarte',
      frequency: 'Every two weeks',
      weekday: 'Monday',
      time: '10:00',
      startsOn: '2026-01-05',
    });
    const upcoming = page.getByRole('list', { name: 'Upcoming 1:1s' }).getByRole('listitem');
    await expect(upcoming.first()).toContainText('Mon 16 Feb, 10:00');

    await page.getByRole('link', { name: 'Edit' }).click();
    await page.getByLabel('Time', { exact: true }).fill('14:00');
    await page.getByLabel('1:1s start on').fill('2026-02-11');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('heading', { name: 'Ines Duarte', exact: true })).toBeVisible();
    await expect(upcoming.first()).toContainText('Mon 16 Feb, 14:00');
    await expect(upcoming.nth(1)).toContainText('Mon 2 Mar, 14:00');

    // Moving to Tuesday keeps the weeks too.
    await page.getByRole('link', { name: 'Edit' }).click();
    await pick(page, 'Weekday', 'Tuesday');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('heading', { name: 'Ines Duarte', exact: true })).toBeVisible();
    await expect(upcoming.first()).toContainText('Tue 17 Feb, 14:00');
  });
});

test.describe('a feedback follow-up date reached', () => {
  test.use({ fixedNow: '2026-11-10T09:00:00' }); // a Tuesday

  test('shows on Today, on the next 1:1 and in the brief once its day comes', async ({ app }) => {
    const { page } = app;
    await addPerson(page, {
      name: 'Aiko Tanaka',
      frequency: 'Weekly',
      weekday: 'Thursday',
      time: '11:00',
      startsOn: '2026-11-01',
    });
    await page.getByRole('button', { name: 'Log feedback' }).click();
    const dialog = page.getByRole('dialog', { name: 'Log feedback for Aiko Tanaka' });
    await dialog.getByLabel('Situation').fill('Macro rollout for the billing queue');
    await dialog.getByLabel('Behaviour').fill('Shared the new refund macro before testing it');
    await dialog.getByLabel('Impact').fill('Two customers got the wrong refund amount');
    await pick(page, 'Status', 'Follow up');
    await dialog.getByLabel('Follow up on').fill('2026-11-16');
    await dialog.getByRole('button', { name: 'Save feedback' }).click();
    await expect(page.getByText('Feedback saved.')).toBeVisible();

    await page.getByRole('link', { name: 'Today', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Later this week' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Feedback follow-ups due' })).toHaveCount(0);

    await app.setNow('2026-11-16T09:00:00');
    await page.reload();
    const due = page.getByRole('list', { name: 'Feedback follow-ups due' });
    await expect(due).toContainText('Aiko Tanaka');
    await expect(due).toContainText('Shared the new refund macro before testing it');

    await page.getByRole('link', { name: 'Brief for Aiko Tanaka' }).first().click();
    await expect(page.getByText(/Follow up on feedback from 10 Nov 2026/)).toBeVisible();

    await openProfile(page, 'Aiko Tanaka');
    await page
      .getByRole('list', { name: 'Upcoming 1:1s' })
      .getByRole('link', { name: /^Open 1:1 on/ })
      .first()
      .click();
    await expect(
      page
        .getByRole('list', { name: 'Feedback to follow up' })
        .getByText('Shared the new refund macro before testing it'),
    ).toBeVisible();

    await page.getByRole('link', { name: 'Today', exact: true }).click();
    await due.getByRole('button', { name: 'Mark follow-up with Aiko Tanaka done' }).click();
    await expect(page.getByRole('heading', { name: 'Feedback follow-ups due' })).toHaveCount(0);
  });
});

test.describe('the week start setting', () => {
  test.use({ fixedNow: '2026-11-21T09:00:00' }); // a Saturday

  test("Today's 'Later this week' follows the day the lead picks in Settings", async ({ app }) => {
    const { page } = app;
    await addPerson(page, {
      name: 'Sunday Person',
      frequency: 'Weekly',
      weekday: 'Sunday',
      time: '10:00',
      startsOn: '2026-11-01',
    });
    const setWeekStart = async (day: 'Monday' | 'Sunday') => {
      await page.getByRole('link', { name: 'Settings', exact: true }).click();
      await page
        .getByRole('radiogroup', { name: 'Week starts on' })
        .getByText(day, { exact: true })
        .click();
      await expect(page.getByText(`runs to the end of a week that starts on ${day}`)).toBeVisible();
      await page.getByRole('link', { name: 'Today', exact: true }).click();
    };

    // Weeks from Sunday: this week ends today, so Sunday's 1:1 is "Coming up".
    await setWeekStart('Sunday');
    await expect(page.getByRole('list', { name: 'Coming up' })).toContainText('Sunday Person');
    await expect(page.getByText('Nothing else this week.')).toBeVisible();

    // Weeks from Monday: Sunday is still this week.
    await setWeekStart('Monday');
    await expect(page.getByRole('list', { name: 'Later this week' })).toContainText(
      'Sunday Person',
    );
  });
});
