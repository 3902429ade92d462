import { join } from 'node:path';
import { test, expect } from '../fixtures';
import { seedDemoTeam } from '../helpers/demo-data';
import { seedGrowthDemo } from '../helpers/demo-growth';
import { openRoute } from '../helpers/demo-recognition';
import { repoRoot } from '../hosts/paths';

const SCREENSHOT_NOW = '2026-11-17T08:40:00';
const EARLIER = '2026-10-06T09:00:00';

/** `npm run screenshots`: a plan, the training log, the team training view, the matrix, coverage. */
for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme, fixedNow: SCREENSHOT_NOW, viewport: { width: 1280, height: 860 } });

    test(`growth (${colorScheme})`, async ({ app }) => {
      test.setTimeout(120_000);
      const { page } = app;
      const path = (name: string) =>
        join(repoRoot, 'docs/screenshots', `${name}-${colorScheme}.png`);
      await app.setNow(EARLIER);
      await seedDemoTeam(page, new Date(SCREENSHOT_NOW));
      await seedGrowthDemo(page, app.setNow, EARLIER, SCREENSHOT_NOW);
      await page.reload();

      await openRoute(page, '/team');
      await page
        .getByRole('table', { name: 'Team members' })
        .getByRole('link', { name: 'Priya Natarajan' })
        .click();
      const plan = page.getByRole('article', { name: 'Goal: Lead the queue for a shift' });
      await expect(plan).toBeVisible();
      const card = (title: string) =>
        page
          .locator('.mantine-Card-root')
          .filter({ has: page.getByRole('heading', { name: title }) });
      // The app's header stays on top while scrolling: leave it out of the card shots.
      const style = '.mantine-AppShell-header { visibility: hidden; }';
      // The pointer out of the way: no button in the shot shows a hover.
      await page.mouse.move(0, 0);
      await card('Development plan').screenshot({ path: path('growth-plan'), style });
      await expect(page.getByLabel('Training hours')).toContainText('this quarter');
      await card('Training log').screenshot({ path: path('growth-training-log'), style });

      await openRoute(page, '/growth');
      await expect(page.getByRole('grid', { name: 'Skills matrix' })).toBeVisible();
      await page.getByRole('gridcell', { name: /^Ben Carter, Billing/ }).focus();
      await page.screenshot({ path: path('growth-matrix'), fullPage: true });

      await page.getByRole('tab', { name: 'Coverage' }).click();
      await page.getByRole('combobox', { name: 'What if these people are away?' }).click();
      await page.getByRole('option', { name: 'Nadia Haddad' }).click();
      await page.keyboard.press('Escape');
      await expect(page.getByText('Below target today because of who is away')).toBeVisible();
      // The window as tall as the page, the side navigation down to its foot (a full-page shot,
      // and Chromium's dvh after a resize, would cut it short).
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.setViewportSize({ width: 1280, height });
      await page.screenshot({
        path: path('growth-coverage'),
        style: '.mantine-AppShell-navbar { bottom: 0; height: auto !important; }',
      });
      await page.setViewportSize({ width: 1280, height: 860 });

      await page.getByRole('tab', { name: 'Training' }).click();
      await expect(page.getByRole('table', { name: 'Training per person' })).toBeVisible();
      await page.screenshot({ path: path('growth-training'), fullPage: true });
    });
  });
}
