import { CHANNELS } from '../../../shared/ipc/contract';
import { test, expect } from '../fixtures';

test('a foreign URL cannot replace the app', async ({ app }) => {
  const { page } = app;
  await expect(page.getByRole('heading', { name: 'Today' })).toBeVisible();
  const before = page.url();
  await page.evaluate(() => {
    window.location.href = 'https://example.com/phish';
  });
  // The app stays put and keeps working.
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  expect(new URL(page.url()).origin).toBe(new URL(before).origin);
  if (app.host === 'web') expect(app.blockedNavigations).toContain('https://example.com/phish');
});

test('the page has no Node and only the typed bridge', async ({ app }) => {
  const globals = await app.page.evaluate(() => ({
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
    areas: Object.keys(window.coachbook).sort(),
  }));
  expect(globals.require).toBe('undefined');
  expect(globals.process).toBe('undefined');
  const areas = [...new Set(CHANNELS.map((channel) => channel.split(':')[0]!)), 'events'].sort();
  expect(globals.areas).toEqual(areas);
});

test('settings show the data folder and the version', async ({ app }) => {
  await app.page.getByRole('link', { name: 'Settings' }).click();
  await expect(app.page.getByLabel('Data folder')).toHaveText(app.dataDir);
  await expect(app.page.getByLabel('Version')).toContainText('Coachbook version');
});
