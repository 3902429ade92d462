import { join } from 'node:path';
import { test, expect } from '../fixtures';
import { seedDemoTeam } from '../helpers/demo-data';
import { seedMeetingHistory } from '../helpers/demo-meetings';
import { repoRoot } from '../hosts/paths';

const SCREENSHOT_NOW = '2026-11-17T08:40:00';
const TEAM_ADDED = '2026-11-12T09:00:00';

/** `npm run screenshots`: each main screen with demo data, light and dark, into docs/screenshots. */
for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    // A Tuesday morning, so Today has 1:1s today and later this week.
    test.use({ colorScheme, fixedNow: SCREENSHOT_NOW });

    test(`main screens (${colorScheme})`, async ({ app }) => {
      test.setTimeout(90_000);
      const { page } = app;
      const shot = (name: string) =>
        page.screenshot({ path: join(repoRoot, 'docs/screenshots', `${name}-${colorScheme}.png`) });
      // The team was added to Coachbook a few days ago, so a few past 1:1s are not recorded yet.
      await app.setNow(TEAM_ADDED);
      await seedDemoTeam(page, new Date(SCREENSHOT_NOW));
      await app.setNow(SCREENSHOT_NOW);
      await page.reload();

      await expect(page.getByRole('heading', { name: '1:1s today' })).toBeVisible();
      await shot('today');

      await page.getByRole('link', { name: 'Team', exact: true }).click();
      const roster = page.getByRole('table', { name: 'Team members' });
      await expect(roster.getByRole('link', { name: 'Priya Natarajan' })).toBeVisible();
      await shot('team');

      await roster.getByRole('link', { name: 'Priya Natarajan' }).click();
      await expect(page.getByRole('heading', { name: 'Priya Natarajan' })).toBeVisible();
      await shot('profile');

      await page.getByRole('link', { name: 'Edit' }).click();
      await expect(page.getByRole('heading', { name: 'Edit Priya Natarajan' })).toBeVisible();
      await shot('person-form');

      const priya = await seedMeetingHistory(page, 'Priya Natarajan', [
        '2026-10-20',
        '2026-10-27',
        '2026-11-03',
        '2026-11-10',
      ]);
      await page.evaluate(
        (id) => (window.location.hash = `#/team/${id}/occurrence/2026-11-17`),
        priya,
      );
      await expect(page.getByRole('heading', { name: '1:1 with Priya Natarajan' })).toBeVisible();
      await page
        .getByLabel('Notes (Markdown)')
        .fill(
          '## Check-in\n- Rota: try the **swap** for December\n- QA rubric: first draft by Friday',
        );
      await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('Saved');
      await shot('meeting');

      await page.getByRole('link', { name: 'Brief' }).click();
      await expect(page.getByRole('heading', { name: '1:1 brief: Priya Natarajan' })).toBeVisible();
      // The chart loads after its labelled box: wait for the line itself.
      await expect(
        page.getByRole('img', { name: /Mood over the last 4/ }).locator('.recharts-line-curve'),
      ).toBeVisible();
      await shot('brief');

      await page.getByRole('link', { name: 'Questions' }).click();
      await expect(page.getByRole('heading', { name: 'Question bank' })).toBeVisible();
      await shot('question-bank');

      await page.evaluate((id) => (window.location.hash = `#/team/${id}`), priya);
      await page.reload(); // the profile was cached before the history was seeded through the API
      await expect(page.getByRole('list', { name: 'Timeline' })).toContainText(
        '1:1 held, mood 2/5',
      );
      await page.getByRole('list', { name: 'Timeline' }).scrollIntoViewIfNeeded();
      await shot('profile-timeline');

      await page.getByRole('link', { name: 'Settings' }).click();
      await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
      await shot('settings');
      // The Appearance card (Light / Dark / System), on its own: it sits below the fold.
      await page
        .locator('.mantine-Card-root')
        .filter({ has: page.getByRole('heading', { name: 'Appearance' }) })
        .screenshot({
          path: join(repoRoot, 'docs/screenshots', `settings-appearance-${colorScheme}.png`),
        });
    });
  });
}
