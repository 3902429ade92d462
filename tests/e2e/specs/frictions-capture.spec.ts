import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../fixtures';
import { createPeople, openRoute, pickPeople, simplePerson } from '../helpers/demo-recognition';

const TEAM = [
  'Aiko Tanaka',
  'Bruno Costa',
  'Chloe Martin',
  'Dmitri Volkov',
  'Esra Yilmaz',
  'Femi Adeyemi',
  'Greta Lind',
];

// The capture window's size (electron/main/capture).
test.use({ viewport: { width: 520, height: 500 } });

test('with six recipients, Save stays inside the 520×500 capture window', async ({ app }) => {
  const { page } = app;
  await createPeople(
    page,
    TEAM.map((name) => simplePerson(name)),
  );
  await openRoute(page, '/capture');
  await pickPeople(page, TEAM.slice(0, 6));
  // The recipients scroll inside the field, and the field's input is in that scrolling list: the
  // keyboard reaches it (axe's scrollable-region-focusable), with the list of names open too.
  const pills = page.locator('.mantine-MultiSelect-pillsList');
  expect(await pills.evaluate((list) => list.scrollHeight > list.clientHeight)).toBe(true);
  await page.getByRole('combobox', { name: 'Who' }).click();
  await expect(page.getByRole('listbox')).toBeVisible();
  const scan = await new AxeBuilder({ page }).withRules(['scrollable-region-focusable']).analyze();
  expect(scan.violations.map((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([]);
  // (Escape would close the capture window: moving on to the next field closes the list.)
  await page
    .getByLabel('What they did')
    .fill('Covered the whole chat queue during the outage, calmly');
  const save = page.getByRole('button', { name: 'Save', exact: true });
  const box = await save.boundingBox();
  expect(box!.y + box!.height).toBeLessThanOrEqual(500);
  expect(box!.x + box!.width).toBeLessThanOrEqual(520);
  await save.click();
  await expect(page.getByRole('status')).toContainText('Saved');
  const feed = await page.evaluate(() => window.coachbook.recognition.feed({}));
  expect(JSON.stringify(feed)).toContain('Covered the whole chat queue');
});

test('keys typed while "Saved" shows go into the next recognition', async ({ app }) => {
  const { page } = app;
  await createPeople(
    page,
    TEAM.map((name) => simplePerson(name)),
  );
  await openRoute(page, '/capture');
  await pickPeople(page, ['Aiko Tanaka']);
  await page.getByLabel('What they did').fill('Rewrote the refund macro');
  await page.getByLabel('What they did').press('Enter');
  await expect(page.getByRole('status')).toContainText('Saved');
  await page.keyboard.type('Bru');
  await expect(page.getByRole('combobox', { name: 'Who' })).toHaveValue('Bru');
  await expect(page.getByRole('status')).toContainText('Praise for Aiko Tanaka.');
});
