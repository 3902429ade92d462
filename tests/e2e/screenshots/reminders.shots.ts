import { join } from 'node:path';
import { test, expect } from '../fixtures';
import { seedDemoTeam } from '../helpers/demo-data';
import { repoRoot } from '../hosts/paths';

const TEAM_ADDED = '2026-11-12T09:00:00';
// Tuesday morning after a long weekend away: the missed reminders wait in the bell.
const SCREENSHOT_NOW = '2026-11-17T08:40:00';

/** `npm run screenshots`: the bell open, the reminder settings and the banner, light and dark. */
for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme, fixedNow: TEAM_ADDED });

    test(`the bell and the reminder settings (${colorScheme})`, async ({ app }) => {
      const { page } = app;
      const path = (name: string) =>
        join(repoRoot, 'docs/screenshots', `${name}-${colorScheme}.png`);
      await seedDemoTeam(page, new Date(SCREENSHOT_NOW));
      await app.setNow(SCREENSHOT_NOW);
      await expect.poll(() => app.notifications().at(-1)?.title).toMatch(/^While you were away/);
      await page.reload();

      const bell = page.getByRole('button', { name: /^Reminders, \d+ due$/ });
      await expect(bell).toBeVisible();
      await bell.click();
      const list = page.getByRole('dialog', { name: 'Reminders' });
      await expect(list.getByRole('listitem').first()).toBeVisible();
      // The popover fades in: wait until it is fully there.
      await expect(list).toHaveCSS('opacity', '1');
      await page.screenshot({ path: path('reminders-bell') });
      await page.keyboard.press('Escape');

      // Tall enough for the whole card: an element shot would scroll it under the header.
      await page.setViewportSize({ width: 1280, height: 2400 });
      await page.getByRole('link', { name: 'Settings', exact: true }).click();
      const card = page.locator('.mantine-Card-root', {
        has: page.getByRole('heading', { name: 'Reminders', exact: true }),
      });
      await expect(card.getByRole('button', { name: 'Save reminder settings' })).toBeVisible();
      await card.screenshot({ path: path('reminders-settings') });
    });
  });

  test.describe(`${colorScheme} theme, notifications refused`, () => {
    test.use({ colorScheme, fixedNow: SCREENSHOT_NOW, notifications: 'denied' });

    test(`the banner (${colorScheme})`, async ({ app }) => {
      const { page } = app;
      await seedDemoTeam(page, new Date(SCREENSHOT_NOW));
      await expect(page.getByText('Notifications are turned off for Coachbook')).toBeVisible();
      await page.screenshot({
        path: join(repoRoot, 'docs/screenshots', `reminders-banner-${colorScheme}.png`),
      });
    });
  });
}
