// Runs on the electron host only (playwright.config.ts keeps *.electron.spec.ts out of the web
// project): the global shortcut and the capture window exist only in the real app.
import { test, expect } from '../fixtures';
import { createPeople, openRoute, pickPeople, simplePerson } from '../helpers/demo-recognition';

const PRAISE = 'Cleared the refund backlog together before the weekend';

test('registers the global shortcut and opens the capture window it triggers', async ({ app }) => {
  const { page } = app;
  await createPeople(page, [simplePerson('Priya Natarajan')]);
  await openRoute(page, '/settings');
  await expect(page.getByRole('heading', { name: 'Quick capture' })).toBeVisible();
  await expect(page.getByText('Active', { exact: true })).toBeVisible();

  // The button runs the very action the shortcut and the tray run: open the capture window.
  const [capture] = await Promise.all([
    page.context().waitForEvent('page'),
    page.getByRole('button', { name: 'Open the capture window' }).click(),
  ]);
  await expect(capture.getByRole('heading', { name: 'Recognise someone' })).toBeVisible();
  await pickPeople(capture, ['Priya Natarajan']);
  await capture.getByLabel('What they did').fill(PRAISE);
  await capture.getByLabel('What they did').press('Enter');
  await expect(capture.getByRole('status')).toContainText('Saved');

  await page.getByRole('link', { name: 'Recognition', exact: true }).click();
  await expect(
    page.getByRole('list', { name: 'Team recognition' }).getByText(PRAISE),
  ).toBeVisible();
});
