import type { Page } from '@playwright/test';
import { format, subDays } from 'date-fns';
import { test, expect } from '../fixtures';
import { markDocument } from '../helpers/same-document';
import { createPeople, openRoute, simplePerson } from '../helpers/demo-recognition';

// Web host only (*.web.spec.ts): the desktop app has one main window, so a second main page
// cannot be opened there. Every write announces the document it changed to every page.

test('archiving someone drops them from Today and the balance at once, in every page', async ({
  app,
}) => {
  const { page } = app;
  const { 'Marco Rossi': marco } = await createPeople(page, [
    simplePerson('Marco Rossi'),
    simplePerson('Aiko Tanaka'),
  ]);
  // Last praised 20 days ago: past the 14-day nudge. Written from the page, with no reload.
  await page.evaluate(
    ({ personId, date }) =>
      window.coachbook.recognition.create({ personIds: [personId], text: 'Good work', date }),
    { personId: marco!, date: format(subDays(new Date(), 20), 'yyyy-MM-dd') },
  );
  const nudges = (p: Page) => p.getByRole('list', { name: 'Recognition nudges' });
  const balanceRow = (p: Page) =>
    p.getByRole('table', { name: 'Recognition balance per person' }).getByRole('row', {
      name: /Marco Rossi/,
    });

  // The first page reads Today and the balance first, so both are in its cache.
  await expect(nudges(page).getByText('Marco Rossi')).toBeVisible();
  await openRoute(page, '/recognition?view=balance');
  await expect(balanceRow(page)).toBeVisible();

  const second = await app.openPage('/');
  await expect(nudges(second).getByText('Marco Rossi')).toBeVisible();
  const sameDocument = await markDocument(second);

  await openRoute(page, `/team/${marco}`);
  await page.getByRole('button', { name: 'Archive' }).click();
  await expect(page.getByText('Marco Rossi was archived. Their history is kept.')).toBeVisible();

  await expect(second.getByText(/No recognition logged yet/)).toBeVisible();
  expect(await sameDocument()).toBe(true);

  await page.getByRole('link', { name: 'Today', exact: true }).click();
  await expect(page.getByText(/No recognition logged yet/)).toBeVisible();
  await openRoute(page, '/recognition?view=balance');
  await expect(
    page.getByRole('table', { name: 'Recognition balance per person' }).getByRole('row', {
      name: /Aiko Tanaka/,
    }),
  ).toBeVisible();
  await expect(balanceRow(page)).toHaveCount(0);
});
