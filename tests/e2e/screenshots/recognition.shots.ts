import { join } from 'node:path';
import { test, expect } from '../fixtures';
import { seedDemoTeam } from '../helpers/demo-data';
import { openRoute, pickPeople, seedRecognitionDemo } from '../helpers/demo-recognition';
import { repoRoot } from '../hosts/paths';

const SCREENSHOT_NOW = '2026-11-17T08:40:00';

/** `npm run screenshots`: the capture window, team feed, feedback form and balance, light and dark. */
for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme, fixedNow: SCREENSHOT_NOW });

    test(`recognition and feedback (${colorScheme})`, async ({ app }) => {
      const { page } = app;
      const shot = (name: string, fullPage = false) =>
        page.screenshot({
          path: join(repoRoot, 'docs/screenshots', `${name}-${colorScheme}.png`),
          fullPage,
        });
      const now = new Date(SCREENSHOT_NOW);
      await seedDemoTeam(page, now);
      await seedRecognitionDemo(page, now);

      await openRoute(page, '/recognition');
      await expect(page.getByRole('list', { name: 'Team recognition' })).toBeVisible();
      await shot('recognition-feed');

      await page.getByRole('tab', { name: 'Balance' }).click();
      await expect(
        page.getByRole('table', { name: 'Recognition balance per person' }),
      ).toBeVisible();
      await expect(page.locator('.recharts-rectangle').first()).toBeVisible();
      await shot('recognition-balance', true);

      await page.getByRole('link', { name: 'Team', exact: true }).click();
      await page
        .getByRole('table', { name: 'Team members' })
        .getByRole('link', { name: 'Marco Rossi' })
        .click();
      await page.getByRole('button', { name: 'Log feedback' }).click();
      const dialog = page.getByRole('dialog', { name: 'Log feedback for Marco Rossi' });
      await dialog.getByText('Constructive').click();
      await dialog.getByLabel('Situation').fill('Weekly queue review, Monday');
      await dialog
        .getByLabel('Behaviour')
        .fill('Closed three tickets as solved without confirming with the customer');
      await dialog.getByLabel('Impact').fill('Two reopened angrily and CSAT for the week dropped');
      await dialog
        .getByLabel('Next step')
        .fill('Ask "did that solve it?" before closing, and wait a day');
      await shot('feedback-form');
      await page.keyboard.press('Escape');

      await page.setViewportSize({ width: 520, height: 500 });
      await openRoute(page, '/capture');
      await expect(page.getByRole('heading', { name: 'Recognise someone' })).toBeVisible();
      await pickPeople(page, ['Aiko Tanaka', 'Sofia Lindqvist']);
      await page
        .getByLabel('What they did')
        .fill('Ran the macro clean-up together: 60 outdated macros gone');
      await page.getByRole('combobox', { name: 'Value or tag' }).fill('Teamwork');
      await page.locator('label', { hasText: 'Team meeting' }).click();
      await expect(page.getByRole('radio', { name: 'Team meeting' })).toBeChecked();
      await shot('recognition-capture');
    });
  });
}
