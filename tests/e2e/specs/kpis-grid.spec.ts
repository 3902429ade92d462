import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures';
import { seedPeople } from '../helpers/growth';
import { openProfile } from '../helpers/meetings';

test.use({ fixedNow: '2026-11-18T09:00:00' }); // a Wednesday: October is the last month ended

/** What a spreadsheet's copy puts on the clipboard, pasted into the focused cell. */
async function pasteText(page: Page, text: string) {
  await page.evaluate((clip) => {
    const data = new DataTransfer();
    data.setData('text/plain', clip);
    document.activeElement!.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, text);
}

async function typeCell(page: Page, text: string, then: 'Enter' | 'Tab' = 'Enter') {
  await page.keyboard.type(text);
  await page.keyboard.press(then);
}

/**
 * Reloads (so the seeded people show) and opens the CSAT values grid with Ctrl+6, pressing again
 * until the press takes: a key pressed before the app's shortcut listener exists is lost.
 */
async function openValuesGrid(page: Page) {
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(async () => {
    await page.keyboard.press('Control+6');
    await expect(page.getByRole('heading', { name: 'KPIs', exact: true })).toBeVisible({
      timeout: 1000,
    });
  }).toPass();
  await page.getByRole('tab', { name: 'Enter values' }).click();
  return page.getByRole('grid', { name: 'CSAT values by person' });
}

const csatOf = (page: Page, personId: string) =>
  page.evaluate(async (id) => {
    const grid = await window.coachbook.kpis.grid({
      mode: 'person',
      personId: id,
      period: 'month',
      count: 6,
    });
    const row = grid.rows.find((r) => r.metric.id === 'csat')!;
    return Object.fromEntries(grid.periods.map((p, i) => [p, row.cells[i]?.value ?? null]));
  }, personId);

test('types and pastes values in the grid with the keyboard, and sees them in the trend', async ({
  app,
}) => {
  const { page } = app;
  const ids = await seedPeople(page, ['Ana Lima', 'Ben Okafor']);
  const [ana, ben] = [ids[0]!, ids[1]!];
  const grid = await openValuesGrid(page);
  await expect(grid).toBeVisible();
  for (let i = 0; i < 30; i++) {
    if (await grid.locator('td:focus').count()) break;
    await page.keyboard.press('Tab');
  }
  await expect(grid.getByRole('gridcell', { name: /^Ana Lima, May 2026/ })).toBeFocused();

  // Ana's October, then Ben's below it (Enter moves down).
  await page.keyboard.press('End');
  await typeCell(page, '92 %');
  await typeCell(page, '88');
  await expect(
    grid.getByRole('gridcell', { name: /^Ana Lima, Oct 2026: 92 %, not saved/ }),
  ).toBeVisible();
  // Up and left to Ana's September; Tab keeps the edit and moves right.
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowLeft');
  await typeCell(page, '0.95', 'Tab');
  await expect(grid.getByRole('gridcell', { name: /^Ana Lima, Oct 2026/ })).toBeFocused();

  // A block copied from a spreadsheet, pasted at Ana's July.
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(grid.getByRole('gridcell', { name: /^Ana Lima, Jul 2026/ })).toBeFocused();
  await pasteText(page, '90%\t85%\r\n80%\t70 %\r\n');
  await expect(
    grid.getByRole('gridcell', { name: /^Ben Okafor, Aug 2026: 70 %, not saved/ }),
  ).toBeVisible();

  // A value out of range: its message is under the cell, and Save writes nothing at all.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(grid.getByRole('gridcell', { name: /^Ben Okafor, Sep 2026/ })).toBeFocused();
  await typeCell(page, '150');
  const bad = grid.getByRole('gridcell', { name: /^Ben Okafor, Sep 2026: 150, not saved/ });
  await expect(bad).toContainText(
    'A percentage cannot be above 100. Use a percentage from 0 to 100, like 92 %.',
  );
  await page.getByRole('button', { name: 'Save 8 changes' }).click();
  await expect(page.getByText('Fix the cells marked in the grid, then save again.')).toBeVisible();
  expect(await csatOf(page, ana)).toEqual({
    '2026-05': null,
    '2026-06': null,
    '2026-07': null,
    '2026-08': null,
    '2026-09': null,
    '2026-10': null,
  });

  // Fixed from the keyboard: back to the cell, type over it, save.
  await bad.focus();
  await typeCell(page, '75 %');
  await page.getByRole('button', { name: 'Save 8 changes' }).click();
  await expect(page.getByText('8 values saved.')).toBeVisible();
  expect(await csatOf(page, ana)).toEqual({
    '2026-05': null,
    '2026-06': null,
    '2026-07': 0.9,
    '2026-08': 0.85,
    '2026-09': 0.95,
    '2026-10': 0.92,
  });
  expect(await csatOf(page, ben)).toMatchObject({
    '2026-07': 0.8,
    '2026-09': 0.75,
    '2026-10': 0.88,
  });
  await expect(grid.getByRole('gridcell', { name: 'Ana Lima, Oct 2026: 92 %' })).toHaveAttribute(
    'title',
    'Typed on 18 Nov 2026',
  );

  // The team table flags Ben: below the 90 % target four months in a row.
  await page.getByRole('tab', { name: 'Team table' }).click();
  const table = page.getByRole('table', { name: 'CSAT by person' });
  await expect(table.getByRole('row', { name: /Ben Okafor/ })).toContainText(
    'Below target 4 periods in a row',
  );

  // Ana's trend on her profile: the chart and the last value against the one before.
  await openProfile(page, 'Ana Lima');
  const section = page.getByRole('region', { name: 'KPIs' });
  await expect(
    section.getByRole('img', {
      name: /^CSAT over 4 periods: Jul ’26 90 %, Aug ’26 85 %, Sep ’26 95 %, Oct ’26 92 %/,
    }),
  ).toBeVisible();
  await expect(section).toContainText('92 %');
  await expect(section).toContainText('−3 % (worse)');
  await expect(section).toContainText('On target');
});

test('undoes a grid save from its toast, putting back exactly what the save replaced', async ({
  app,
}) => {
  const { page } = app;
  const [ana] = await seedPeople(page, ['Ana Lima']);
  // Typed earlier: 80 % for October.
  await page.evaluate(
    (id) =>
      window.coachbook.kpis.setValues({
        cells: [{ personId: id, metricId: 'csat', period: '2026-10', text: '80 %' }],
      }),
    ana!,
  );
  const grid = await openValuesGrid(page);
  const october = grid.getByRole('gridcell', { name: /^Ana Lima, Oct 2026/ });
  await expect(october).toHaveAccessibleName(/^Ana Lima, Oct 2026: 80 %/);

  await october.focus();
  await typeCell(page, '92 %');
  await page.getByRole('button', { name: 'Save 1 change' }).click();
  await expect(page.getByText('1 value saved.')).toBeVisible();
  expect((await csatOf(page, ana!))['2026-10']).toBe(0.92);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('1 value put back as before the save.')).toBeVisible();
  expect((await csatOf(page, ana!))['2026-10']).toBe(0.8);
  await expect(october).toHaveAccessibleName(/^Ana Lima, Oct 2026: 80 %/);
});
