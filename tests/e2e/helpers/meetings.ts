import { expect, type Page } from '@playwright/test';
import { format, subDays } from 'date-fns';
import { addPerson } from './roster';

/** A person with a weekly 1:1 on today's weekday late in the day, so "the next 1:1" is today. */
export async function addWeeklyPerson(page: Page, name: string): Promise<void> {
  const today = new Date();
  await addPerson(page, {
    name,
    role: 'Support agent',
    frequency: 'Weekly',
    weekday: format(today, 'EEEE'),
    time: '23:59',
    startsOn: format(subDays(today, 14), 'yyyy-MM-dd'),
  });
}

export async function openProfile(page: Page, name: string): Promise<void> {
  await page.getByRole('link', { name: 'Team', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Team', exact: true })).toBeVisible();
  await page
    .getByRole('table', { name: 'Team members' })
    .getByRole('link', { name, exact: true })
    .click();
  await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
}

/** Opens the first upcoming 1:1 on the person's profile and waits for the meeting page. */
export async function openNextOneOnOne(page: Page, name: string): Promise<void> {
  await openProfile(page, name);
  await page
    .getByRole('list', { name: 'Upcoming 1:1s' })
    .getByRole('link', { name: /^Open 1:1 on/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { name: `1:1 with ${name}` })).toBeVisible();
}

export async function addTalkingPoint(page: Page, text: string): Promise<void> {
  await page.getByLabel('New talking point').fill(text);
  await page.getByLabel('New talking point').press('Enter');
  await expect(page.getByRole('list', { name: 'Talking points' }).getByText(text)).toBeVisible();
}

export async function markHeld(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Mark as held' }).click();
  await expect(page.getByRole('button', { name: 'Reopen' })).toBeVisible();
}
