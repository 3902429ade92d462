import { test, expect } from '../fixtures';
import { addWeeklyPerson, openNextOneOnOne } from '../helpers/meetings';

test('hostile Markdown in notes loads nothing and offers only plain http(s) links', async ({
  app,
}) => {
  const { page } = app;
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await addWeeklyPerson(page, 'Mira Okafor');
  await openNextOneOnOne(page, 'Mira Okafor');
  await page
    .getByLabel('Notes (Markdown)')
    .fill(
      [
        '## Hostile',
        '![beacon](https://beacon.example/pixel.png)',
        '<img src="https://beacon.example/raw.png">',
        '[bank](https://user:secret@bank.example/login)',
        '[run](javascript:alert(1))',
        '[docs](https://docs.example/guide)',
      ].join('\n\n'),
    );
  const preview = page.getByLabel('Notes preview');
  await expect(preview.getByRole('heading', { name: 'Hostile' })).toBeVisible();
  await expect(preview.locator('img')).toHaveCount(0);
  await expect(preview.getByText('[Image: beacon]')).toBeVisible();
  await expect(preview.getByRole('link')).toHaveText(['https://beacon.example/pixel.png', 'docs']);
  await expect(preview.getByText('bank (https://user:secret@bank.example/login)')).toBeVisible();
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('Saved');
  expect(requested.filter((url) => url.includes('example/'))).toEqual([]);
});
