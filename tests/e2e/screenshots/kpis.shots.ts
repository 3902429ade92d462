import { join } from 'node:path';
import { test, expect } from '../fixtures';
import { seedDemoTeam } from '../helpers/demo-data';
import { seedKpiDemo } from '../helpers/demo-kpis';
import { openRoute } from '../helpers/demo-recognition';
import { repoRoot } from '../hosts/paths';

const SCREENSHOT_NOW = '2026-11-17T08:40:00';

/** `npm run screenshots`: the metric definitions, the team table, the grid and a person's trends. */
for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme, fixedNow: SCREENSHOT_NOW, viewport: { width: 1280, height: 860 } });

    test(`kpis (${colorScheme})`, async ({ app }) => {
      test.setTimeout(120_000);
      const { page } = app;
      const path = (name: string) =>
        join(repoRoot, 'docs/screenshots', `${name}-${colorScheme}.png`);
      await seedDemoTeam(page, new Date(SCREENSHOT_NOW));
      await seedKpiDemo(page);
      await page.reload();

      await openRoute(page, '/kpis');
      await expect(page.getByRole('table', { name: 'CSAT by person' })).toBeVisible();
      await expect(page.getByText(/Below target \d periods in a row/).first()).toBeVisible();
      await expect(page.locator('.kpi-sparkline .recharts-surface').first()).toBeVisible();
      await page.screenshot({ path: path('kpis-team'), fullPage: true });

      await page.getByRole('tab', { name: 'Enter values' }).click();
      const grid = page.getByRole('grid', { name: 'CSAT values by person' });
      await expect(grid).toBeVisible();
      await grid.getByRole('gridcell').nth(5).focus();
      await page.keyboard.type('120');
      await page.keyboard.press('Enter');
      await expect(grid).toContainText('A percentage cannot be above 100');
      await page.screenshot({ path: path('kpis-grid'), fullPage: true });
      await page.getByRole('button', { name: 'Discard changes' }).click();

      await page.getByRole('tab', { name: 'Metrics' }).click();
      await expect(page.getByRole('table', { name: 'Metric definitions' })).toBeVisible();
      await page.screenshot({ path: path('kpis-metrics'), fullPage: true });

      // The person whose CSAT is flagged, from the team table.
      await page.getByRole('tab', { name: 'Team table' }).click();
      await page
        .getByRole('table', { name: 'CSAT by person' })
        .getByRole('row')
        .filter({ hasText: 'Below target' })
        .first()
        .getByRole('link')
        .click();
      const section = page.getByRole('region', { name: 'KPIs' });
      await section.scrollIntoViewIfNeeded();
      await expect(section.locator('.recharts-surface').first()).toBeVisible();
      const style = '.mantine-AppShell-header { visibility: hidden; }';
      await section.screenshot({ path: path('kpis-person'), style });
    });
  });
}
