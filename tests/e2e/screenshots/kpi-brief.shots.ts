import { join } from 'node:path';
import { test, expect } from '../fixtures';
import { seedDemoTeam } from '../helpers/demo-data';
import { seedKpiDemo } from '../helpers/demo-kpis';
import { openRoute } from '../helpers/demo-recognition';
import { repoRoot } from '../hosts/paths';

const SCREENSHOT_NOW = '2026-11-17T08:40:00';

/** `npm run screenshots`: a 1:1 brief with its KPI changes and the topics they suggest. */
for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme, fixedNow: SCREENSHOT_NOW, viewport: { width: 1280, height: 900 } });

    test(`kpi brief (${colorScheme})`, async ({ app }) => {
      test.setTimeout(120_000);
      const { page } = app;
      await seedDemoTeam(page, new Date(SCREENSHOT_NOW));
      await seedKpiDemo(page);
      // The person the demo puts below the CSAT target two months running.
      const personId = await page.evaluate(async () => {
        for (const p of await window.coachbook.people.list({ includeArchived: false })) {
          const brief = await window.coachbook.brief.get({ personId: p.person.id });
          if (brief.kpis.suggestions.some((s) => s.kind === 'missed_target')) return p.person.id;
        }
        throw new Error('No one in the demo team is below a target two periods running.');
      });
      await page.reload();

      await openRoute(page, `/team/${personId}/brief`);
      const kpis = page.getByRole('table', { name: 'KPIs since the last 1:1' });
      await expect(kpis.getByText('Missed 2 in a row')).toBeVisible();
      const style = '.mantine-AppShell-header { visibility: hidden; }';
      await page.screenshot({
        path: join(repoRoot, 'docs/screenshots', `kpi-brief-${colorScheme}.png`),
        fullPage: true,
        style,
      });
    });
  });
}
