import { test, expect } from '../fixtures';
import { markDocument } from '../helpers/same-document';
import { createPeople, openRoute, pickPeople, simplePerson } from '../helpers/demo-recognition';

// Every write announces the document it changed (data:changed) to every page of the app: a page
// shows another page's change at once, with no reload, no focus and no waiting for a stale time.

const PRAISE = 'Cleared the refund backlog together before the weekend';

test('praise saved in a second page shows in the first at once, and a new person in the second', async ({
  app,
}) => {
  const { page } = app;
  await createPeople(page, [simplePerson('Priya Natarajan')]);
  await openRoute(page, '/recognition');
  await expect(page.getByRole('heading', { name: 'Recognition', exact: true })).toBeVisible();
  const sameDocument = await markDocument(page);

  const capture = await app.openPage('/capture');
  await expect(capture.getByRole('heading', { name: 'Recognise someone' })).toBeVisible();

  // A person added in the first page is offered in the second one's "Who".
  await createPeople(page, [simplePerson('Marco Rossi')]);
  await pickPeople(capture, ['Marco Rossi', 'Priya Natarajan']);
  await capture.getByLabel('What they did').fill(PRAISE);
  await capture.getByLabel('What they did').press('Enter');
  await expect(capture.getByRole('status')).toContainText('Saved');

  await expect(
    page.getByRole('list', { name: 'Team recognition' }).getByText(PRAISE),
  ).toBeVisible();
  expect(await sameDocument()).toBe(true);
});
