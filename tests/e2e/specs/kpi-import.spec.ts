import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PersonDocument } from '../../../shared/model/documents';
import { test, expect } from '../fixtures';
import { seedPeople } from '../helpers/growth';
import { openRoute } from '../helpers/demo-recognition';
import { repoRoot } from '../hosts/paths';

test.use({ fixedNow: '2026-11-18T09:00:00' });

const ZENDESK = join(repoRoot, 'tests/fixtures/helpdesk/zendesk.csv');

const kpiValues = async (dataDir: string, id: string) =>
  (JSON.parse(await readFile(join(dataDir, 'people', `${id}.json`), 'utf8')) as PersonDocument).kpis
    .values;

test('imports a Zendesk export, matching an unknown assignee by hand, then undoes it', async ({
  app,
}) => {
  const { page } = app;
  const [, ben] = await seedPeople(page, ['Ana Lima', 'Ben Okafor']);
  await page.reload();
  await openRoute(page, '/kpis');
  await page.getByRole('link', { name: 'Import CSV' }).click();
  await expect(page.getByRole('heading', { name: 'Import KPIs from a CSV' })).toBeVisible();

  await page.locator('input[type=file]').setInputFiles(ZENDESK);
  await expect(page.getByText('Looks like Zendesk')).toBeVisible();
  // The parsed value beside the raw one.
  await expect(page.getByText('45 → 45 min')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Column for First response time' })).toHaveValue(
    'First reply time (min)',
  );
  await page.getByRole('button', { name: 'Next: people' }).click();

  // Dana Fox is not on the team: her two rows go to Ben, chosen with the keyboard.
  const who = page.getByRole('combobox', { name: 'Who Dana Fox (dana.fox@example.com) is' });
  await who.click();
  await who.fill('Ben');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(who).toHaveValue('Ben Okafor');
  await page.getByRole('button', { name: 'Next: check' }).click();

  const figures = page.getByLabel('What the import would change');
  await expect(figures).toContainText('0rows skipped');
  await page.getByRole('button', { name: /^Import \d+ values$/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported zendesk.csv' })).toBeVisible();

  // Ben has his two tickets and Dana's two in week 45.
  const values = await kpiValues(app.dataDir, ben!);
  expect(values.find((v) => v.metricId === 'tickets_solved')).toMatchObject({
    period: '2026-W45',
    value: 4,
  });
  await expect(page.getByText('zendesk.csv', { exact: true })).toBeVisible();

  // On the screen: the team table shows the week (W45) and the month (November) imported, though
  // the clock is in W47: a row shows the person's newest value with its period.
  await openRoute(page, '/kpis');
  const solved = page.getByRole('table', { name: 'Tickets solved by person' });
  await expect(solved.getByRole('row', { name: /Ben Okafor/ })).toContainText('4 W45 \u201926');
  const csat = page.getByRole('table', { name: 'CSAT by person' });
  await expect(csat.getByRole('row', { name: /Ben Okafor/ })).toContainText('100 % Nov \u201926');
  await expect(csat.getByRole('row', { name: /Ana Lima/ })).toContainText('50 % Nov \u201926');
  const reply = page.getByRole('table', { name: 'First response time by person' });
  await expect(reply.getByRole('row', { name: /Ana Lima/ })).toContainText('29 min W45 \u201926');

  // Undone as a whole from the list of past imports.
  await openRoute(page, '/kpis/import');
  await page.getByRole('button', { name: 'Undo this import' }).first().click();
  await page
    .getByRole('dialog', { name: 'Undo this import?' })
    .getByRole('button', { name: 'Undo import' })
    .click();
  await expect(page.getByText(/^Import undone: \d+ values removed/)).toBeVisible();
  expect(await kpiValues(app.dataDir, ben!)).toEqual([]);
  await expect(page.getByText(/Undone \d/)).toBeVisible();
});

test('refuses a file with headings only, next to the file button', async ({ app }) => {
  const { page } = app;
  await page.reload();
  await openRoute(page, '/kpis/import');
  await page.locator('input[type=file]').setInputFiles({
    name: 'empty-week.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Ticket ID,Assignee name,Solved at\n'),
  });
  await expect(page.getByRole('alert')).toContainText('column headings but no rows');
});

test('asks how to read dates like 03/04/2026 when no date in the first rows says', async ({
  app,
}) => {
  const { page } = app;
  const [ana] = await seedPeople(page, ['Ana Lima', 'Ben Okafor']);
  await page.reload();
  await openRoute(page, '/kpis/import');
  await page.locator('input[type=file]').setInputFiles({
    name: 'tickets.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'Email,Agent,Date,Tickets solved\nana.lima@example.com,Ana Lima,03/04/2026,7\n',
    ),
  });
  const order = page.getByRole('combobox', { name: 'How to read dates like 03/04/2026' });
  await expect(order).toHaveValue(/^(Month first: 4 March 2026|Day first: 3 April 2026)$/);
  await order.click();
  await page.getByRole('option', { name: 'Day first: 3 April 2026' }).click();
  await expect(order).toHaveValue('Day first: 3 April 2026');
  await page.getByRole('button', { name: 'Next: people' }).click();
  await page.getByRole('button', { name: 'Next: check' }).click();
  await page.getByRole('button', { name: /^Import \d+ values?$/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported tickets.csv' })).toBeVisible();
  expect(
    (await kpiValues(app.dataDir, ana!)).find((v) => v.metricId === 'tickets_solved'),
  ).toMatchObject({
    period: '2026-W14',
    value: 7,
  });
});
