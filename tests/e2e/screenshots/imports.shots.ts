import { join } from 'node:path';
import { test, expect } from '../fixtures';
import { seedPeople } from '../helpers/growth';
import { openRoute } from '../helpers/demo-recognition';
import { repoRoot } from '../hosts/paths';

const SCREENSHOT_NOW = '2026-11-18T09:00:00';
const ZENDESK = join(repoRoot, 'tests/fixtures/helpdesk/zendesk.csv');

/** `npm run screenshots`: the KPI import's mapping step (parsed beside raw) and its dry run. */
for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme, fixedNow: SCREENSHOT_NOW, viewport: { width: 1280, height: 860 } });

    test(`imports (${colorScheme})`, async ({ app }) => {
      test.setTimeout(120_000);
      const { page } = app;
      const path = (name: string) =>
        join(repoRoot, 'docs/screenshots', `${name}-${colorScheme}.png`);
      await seedPeople(page, ['Ana Lima', 'Ben Okafor']);
      await page.reload();

      await openRoute(page, '/kpis/import');
      await page.locator('input[type=file]').setInputFiles(ZENDESK);
      await expect(page.getByText('Looks like Zendesk')).toBeVisible();
      await expect(page.getByText('45 → 45 min')).toBeVisible();
      // The page heading takes focus on arrival; its focus ring is not part of the picture.
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.screenshot({
        path: path('kpi-import-mapping'),
        fullPage: true,
        animations: 'disabled',
      });

      await page.getByRole('button', { name: 'Next: people' }).click();
      const who = page.getByRole('combobox', { name: 'Who Dana Fox (dana.fox@example.com) is' });
      await who.click();
      await who.fill('Ben');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await expect(who).toHaveValue('Ben Okafor');
      await page.getByRole('button', { name: 'Next: check' }).click();
      await expect(page.getByLabel('What the import would change')).toBeVisible();
      await expect(page.getByRole('button', { name: /^Import \d+ values$/ })).toBeVisible();
      await page.screenshot({
        path: path('kpi-import-check'),
        fullPage: true,
        animations: 'disabled',
      });
    });
  });
}
