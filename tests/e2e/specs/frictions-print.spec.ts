import { expect, test } from '../fixtures';
import { seedDemoTeam } from '../helpers/demo-data';
import { seedMeetingHistory } from '../helpers/demo-meetings';

const NOW = '2026-11-17T08:40:00';
test.use({ fixedNow: NOW });

test('the printed brief is one A4 page, with no gutter where the navbar was', async ({ app }) => {
  const { page } = app;
  await seedDemoTeam(page, new Date(NOW));
  const priya = await seedMeetingHistory(page, 'Priya Natarajan', [
    '2026-10-20',
    '2026-10-27',
    '2026-11-03',
    '2026-11-10',
  ]);
  await page.evaluate((id) => (window.location.hash = `#/team/${id}/brief`), priya);
  const title = page.getByRole('heading', { name: '1:1 brief: Priya Natarajan' });
  await expect(title).toBeVisible();
  // The chart loads after its labelled box (charts load on first use): print it drawn.
  const mood = page.getByRole('img', { name: /Mood over the last 4/ });
  await expect(mood.locator('.recharts-line-curve')).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  // The content starts at the page's left margin, not after the hidden navbar (230 px wide). The
  // shell eases its padding when the navbar goes, so wait for the layout to settle.
  await expect.poll(async () => (await title.boundingBox())!.x).toBeLessThan(40);
  // No focus ring on paper: the heading holds focus after the route change.
  await expect(title).toBeFocused();
  expect(await title.evaluate((h) => getComputedStyle(h).outlineStyle)).toBe('none');
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
  expect(pages).toHaveLength(1);
});
