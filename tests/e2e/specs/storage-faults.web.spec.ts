import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from '../fixtures';
import { openWebHost } from '../hosts/web-host';
import { DISK_FULL, faultyFs } from '../../unit/helpers/faulty-fs';

// Web host only (*.web.spec.ts). These drive the web host directly (another Coachbook's lock, an injected full disk); in
// Electron the lock message is a native dialog and faults cannot be injected into the built app.
test.describe('storage under faults', () => {
  let dataDir = '';
  test.beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'coachbook-e2e-faults-'));
  });
  test.afterEach(async () => {
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  test('a second Coachbook on the folder shows who holds it and opens nothing', async ({
    lazyBrowser,
  }) => {
    const lock = { pid: 4242, host: 'other-laptop', startedAt: '2026-11-18T08:00:00.000Z' };
    await writeFile(join(dataDir, 'coachbook.lock'), JSON.stringify(lock));
    const context = await (await lazyBrowser()).newContext();
    const page = await context.newPage();
    await openWebHost(context, page, { dataDir });

    await expect(
      page.getByRole('heading', { name: 'Coachbook is already open on this data folder' }),
    ).toBeVisible();
    await expect(page.getByText('process 4242 on other-laptop')).toBeVisible();
    expect(await readdir(dataDir)).toEqual(['coachbook.lock']);
    await context.close();
  });

  test('a full disk: read-only banner, an edit refused with the cause, then saving again', async ({
    lazyBrowser,
  }) => {
    const faults = faultyFs();
    faults.fail(DISK_FULL);
    const context = await (await lazyBrowser()).newContext();
    const page = await context.newPage();
    const host = await openWebHost(context, page, { dataDir, fs: faults.fs });

    const banner = page.getByRole('alert', { name: 'Coachbook cannot save: the disk is full' });
    await expect(banner).toContainText('read-only');
    await expect(banner.getByRole('button', { name: 'Dismiss this notice' })).toHaveCount(0);

    await page.getByRole('link', { name: 'Team' }).click();
    await page.getByRole('button', { name: 'Add person' }).first().click();
    await page.getByLabel('Name').fill('Nadia Haddad');
    await page.getByRole('button', { name: 'Add person' }).click();
    await expect(page.getByText(/the disk is full \(ENOSPC\)\. Nothing was changed/)).toBeVisible();

    faults.heal();
    await page.getByRole('button', { name: 'Add person' }).click();
    await expect(page.getByRole('heading', { name: 'Nadia Haddad' })).toBeVisible();
    await expect(banner).toBeHidden();
    await host.close();
    await context.close();
  });
});

test.describe('a notice about a damaged file', () => {
  test.use({ seedFiles: { 'people/broken.json': 'not json at all' } });

  test('stays across restarts until the lead dismisses it', async ({ app }) => {
    const notice = app.page.getByRole('alert').filter({ hasText: 'could not be restored' });
    await expect(notice).toBeVisible();
    await app.restart();
    await expect(notice).toBeVisible();

    await notice.getByRole('button', { name: 'Dismiss this notice' }).click();
    await expect(notice).toBeHidden();
    await app.restart();
    await expect(app.page.getByRole('link', { name: 'Team' })).toBeVisible();
    await expect(notice).toHaveCount(0);
  });
});
