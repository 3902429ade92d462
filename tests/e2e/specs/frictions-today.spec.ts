import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { createPeople } from '../helpers/demo-recognition';

// Wednesday 18 November 2026, 09:00: a 1:1 on Wednesdays at 10:00 is today.
test.use({ fixedNow: '2026-11-18T09:00:00' });

/** 30 people with 60-character names, all met on Wednesdays, added today (a brand-new team). */
const longName = (i: number) =>
  `Maximiliana Alexandrescu-Oyelaran-Vandenberghe number ${String(i).padStart(2, '0')}`.padEnd(
    60,
    'x',
  );

async function seedLongNamedTeam(page: Page): Promise<void> {
  await createPeople(
    page,
    Array.from({ length: 30 }, (_, i) => ({
      name: longName(i + 1),
      role: 'Senior customer support specialist, enterprise accounts, EMEA',
      cadence: {
        frequency: 'weekly' as const,
        weekday: 3,
        time: '10:00',
        weekOfMonth: 1,
        startsOn: '2026-11-18',
      },
    })),
  );
  await page.reload();
}

/** Every Brief and Open button in a list shows its whole label and stays inside its row. */
async function expectButtonsWhole(page: Page, list: string): Promise<number> {
  const rows = page.getByRole('list', { name: list }).getByRole('listitem');
  const boxes = await rows.evaluateAll((items) =>
    items.flatMap((li) => {
      const row = li.getBoundingClientRect();
      return [...li.querySelectorAll('a[aria-label^="Brief"], a[aria-label^="Open"]')].map((b) => {
        const box = b.getBoundingClientRect();
        const label = b.querySelector('.mantine-Button-label') ?? b;
        return {
          text: b.textContent,
          inside: box.left >= row.left - 0.5 && box.right <= row.right + 0.5,
          clipped: label.scrollWidth > label.clientWidth + 0.5,
          visible: box.width > 0,
        };
      });
    }),
  );
  for (const box of boxes)
    expect(box).toMatchObject({ inside: true, clipped: false, visible: true });
  return boxes.length;
}

for (const width of [1280, 900]) {
  test(`at ${width} px, 60-character names never clip Brief and Open; the name is cut with its full text on hover`, async ({
    app,
  }) => {
    const { page } = app;
    await page.setViewportSize({ width, height: 800 });
    await seedLongNamedTeam(page);
    const today = page.getByRole('list', { name: '1:1s today' });
    await expect(today.getByRole('listitem')).toHaveCount(30);
    expect(await expectButtonsWhole(page, '1:1s today')).toBe(60);
    expect(await expectButtonsWhole(page, 'Coming up')).toBe(20);

    const name = today.getByRole('link', { name: longName(1), exact: true });
    await expect(name).toHaveAttribute('title', longName(1));
    expect(await name.evaluate((a) => a.scrollWidth > a.clientWidth)).toBe(true);
  });
}

test('"Coming up" says how many more there are and shows them on a click', async ({ app }) => {
  const { page } = app;
  await seedLongNamedTeam(page);
  const comingUp = page.getByRole('list', { name: 'Coming up' });
  // Next Wednesday's 30 1:1s (after this week, within two weeks): 10 shown.
  await expect(comingUp.getByRole('listitem')).toHaveCount(10);
  await page.getByRole('button', { name: 'Show 20 more in Coming up' }).click();
  await expect(comingUp.getByRole('listitem')).toHaveCount(30);
  await expect(page.getByRole('button', { name: /more in Coming up/ })).toHaveCount(0);
});

test('a brand-new team is not told that nobody has gone 14 days without recognition', async ({
  app,
}) => {
  const { page } = app;
  await seedLongNamedTeam(page);
  await expect(
    page.getByText(
      'No recognition logged yet. Coachbook nudges you here about anyone who goes 14 days without it.',
    ),
  ).toBeVisible();
  await expect(page.getByText(/Nobody has gone/)).toHaveCount(0);
});
