import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from '../fixtures';
import { addPerson } from '../helpers/roster';

test('restores a damaged person file from its backup and says so', async ({ app }) => {
  await addPerson(app.page, { name: 'Nadia Haddad', role: 'Escalations' });
  const [file] = await readdir(join(app.dataDir, 'people'));
  // A power cut mid-write with a non-durable adapter leaves a torn file like this one.
  await writeFile(join(app.dataDir, 'people', file!), '{"schemaVersion": 2, "person": {"na');

  await app.restart();
  const notice = app.page
    .getByRole('alert')
    .filter({ hasText: 'A damaged person file was restored' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('backup was restored');
  await app.page.getByRole('link', { name: 'Team' }).click();
  await expect(app.page.getByRole('link', { name: 'Nadia Haddad' })).toBeVisible();

  await notice.getByRole('button', { name: 'Dismiss this notice' }).click();
  await expect(notice).toBeHidden();
  const damaged = await readdir(join(app.dataDir, 'damaged'));
  expect(damaged).toHaveLength(1);
});

test.describe('a damaged file with no backup', () => {
  test.use({ seedFiles: { 'people/broken.json': 'not json at all' } });

  test('is set aside untouched and the lead is told', async ({ app }) => {
    await expect(app.page.getByRole('alert')).toContainText('could not be restored');
    const damaged = await readdir(join(app.dataDir, 'damaged'));
    expect(damaged.some((name) => name.startsWith('people__broken.json'))).toBe(true);
  });
});
