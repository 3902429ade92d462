import { test, expect } from '../fixtures';
import { seedLevel, seedPeople, seedSkill } from '../helpers/growth';
import { openProfile } from '../helpers/meetings';
import { pick } from '../helpers/roster';

test.use({ fixedNow: '2026-11-18T09:00:00' }); // a Wednesday

test('sets levels in the skills matrix with the keyboard only', async ({ app }) => {
  const { page } = app;
  const [ana, ben] = await seedPeople(page, ['Ana Lima', 'Ben Okafor']);
  const phone = await seedSkill(page, { name: 'Phone', groupId: 'channels' });
  await seedSkill(page, { name: 'Billing' });
  await page.reload();
  // The shortcut listener comes with the app's layout, a moment after the reload: a press that
  // lands before it is lost, as it would be for a person, so press again until it takes.
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(async () => {
    await page.keyboard.press('Control+5');
    await expect(page.getByRole('heading', { name: 'Growth', exact: true })).toBeVisible({
      timeout: 1000,
    });
  }).toPass();
  const grid = page.getByRole('grid', { name: 'Skills matrix' });
  await expect(grid).toBeVisible();
  // Tab into the grid: one cell takes the focus, the arrows do the rest.
  for (let i = 0; i < 30; i++) {
    if (await grid.locator('td:focus').count()) break;
    await page.keyboard.press('Tab');
  }
  await expect(grid.getByRole('gridcell', { name: /^Ana Lima, Phone: level 0/ })).toBeFocused();
  await page.keyboard.press('3');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('4');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('2');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('1');

  await expect(
    grid.getByRole('gridcell', { name: 'Ana Lima, Phone: level 3, Independent' }),
  ).toHaveText('◕ 3');
  await expect(grid.getByRole('gridcell', { name: /^Ben Okafor, Phone: level 4/ })).toHaveText(
    '● 4',
  );
  await expect(grid.getByRole('gridcell', { name: /^Ben Okafor, Billing: level 2/ })).toBeVisible();
  await expect(grid.getByRole('gridcell', { name: /^Ana Lima, Billing: level 1/ })).toBeFocused();
  // Coverage: Phone has both at 3 or more; Billing nobody.
  await expect(grid.getByLabel('Phone: 2 of 2, covered')).toHaveText('✓ 2/2');
  await expect(grid.getByLabel('Billing: 0 of 2, none')).toHaveText('✕ 0/2');

  // Filter by group: only Channels' skills.
  await page.locator('label', { hasText: /^Channels$/ }).click();
  await expect(grid.getByRole('columnheader', { name: /Billing/ })).toBeHidden();

  await expect
    .poll(() =>
      page.evaluate(
        async ([a, b, skillId]) => {
          const levels = async (personId: string) =>
            (await window.coachbook.growth.person({ personId })).skills.find(
              (s) => s.skillId === skillId,
            )!.level;
          return [await levels(a!), await levels(b!)];
        },
        [ana, ben, phone.id],
      ),
    )
    .toEqual([3, 4]);
});

test('marking a person away makes a skill a single point of failure on Today', async ({ app }) => {
  const { page } = app;
  const [ana, ben] = await seedPeople(page, ['Ana Lima', 'Ben Okafor']);
  const phone = await seedSkill(page, { name: 'Phone', targetCoverage: 2 });
  await seedLevel(page, ana!, phone.id, 3);
  await seedLevel(page, ben!, phone.id, 4);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Today', exact: true })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Coverage warnings' })).toBeHidden();

  // A what-if on the coverage tab first: nothing is saved.
  await page.getByRole('link', { name: 'Growth', exact: true }).click();
  await page.getByRole('tab', { name: 'Coverage' }).click();
  await page.getByRole('combobox', { name: 'What if these people are away?' }).click();
  await page.getByRole('option', { name: 'Ben Okafor' }).click();
  await page.keyboard.press('Escape');
  const table = page.getByRole('table', { name: 'Coverage per skill' });
  await expect(table.getByRole('row', { name: /Phone/ })).toContainText(
    'Single point of failure (1/2)',
  );

  // Real leave, from the profile.
  await openProfile(page, 'Ben Okafor');
  await page.getByLabel('Away from').fill('2026-11-18');
  await page.getByLabel('Until').fill('2026-11-25');
  await page.getByRole('textbox', { name: 'Note', exact: true }).fill('Holiday');
  await page.getByRole('button', { name: 'Add leave' }).click();
  await expect(page.getByText('Leave recorded for Ben Okafor.')).toBeVisible();

  await page.getByRole('link', { name: 'Today', exact: true }).click();
  const warnings = page.getByRole('list', { name: 'Coverage warnings' });
  await expect(warnings).toContainText('Single point of failure');
  await expect(warnings).toContainText('Phone: 1 of 2 (critical), Ben Okafor away');
  await expect(page.getByText('Away today: Ben Okafor (until 25 Nov 2026)')).toBeVisible();

  // Once the leave is over, the warning goes.
  await app.setNow('2026-11-26T09:00:00');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Today', exact: true })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Coverage warnings' })).toBeHidden();
});

test('leave recorded for a later week shows what coverage drops to then', async ({ app }) => {
  const { page } = app;
  const [ana, ben] = await seedPeople(page, ['Ana Lima', 'Ben Okafor']);
  const phone = await seedSkill(page, { name: 'Phone', targetCoverage: 2 });
  await seedLevel(page, ana!, phone.id, 3);
  await seedLevel(page, ben!, phone.id, 4);
  await page.evaluate(
    (personId) =>
      window.coachbook.growth.addAbsence({
        personId,
        from: '2026-11-30',
        to: '2026-12-04',
        note: 'Holiday',
      }),
    ben!,
  );
  await page.evaluate(() => (window.location.hash = '#/growth?tab=coverage'));
  const row = page.getByRole('table', { name: 'Coverage per skill' }).getByRole('row', {
    name: /Phone/,
  });
  await expect(row).toContainText('Covered (2/2)');
  await page
    .getByRole('button', { name: 'See coverage on 30 Nov 2026, when Ben Okafor is away' })
    .click();
  await expect(page.getByLabel('Coverage on')).toHaveValue('2026-11-30');
  await expect(row).toContainText('Single point of failure (1/2)');
  await expect(
    page.getByRole('status').filter({ hasText: 'Below target on 30 Nov 2026' }),
  ).toContainText('Phone: single point of failure (1 of 2)');
  // The day after the leave, both cover it again.
  await page.getByLabel('Coverage on').fill('2026-12-05');
  await expect(row).toContainText('Covered (2/2)');
});

test('a certification expiring within 60 days shows on Today', async ({ app }) => {
  const { page } = app;
  await seedPeople(page, ['Cleo Martin']);
  await page.reload();
  await openProfile(page, 'Cleo Martin');
  await page.getByRole('button', { name: 'Add training' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add training for Cleo Martin' });
  await pick(page, 'Kind', 'Certification');
  await dialog.getByLabel('Title').fill('Zendesk Support Admin');
  await dialog.getByLabel('Provider').fill('Zendesk');
  await pick(page, 'Status', 'Completed');
  await dialog.getByLabel('Completed on').fill('2025-12-18');
  await dialog.getByLabel('Certificate expires on').fill('2026-12-18');
  await dialog.getByLabel('Hours spent').fill('12');
  await dialog.getByRole('button', { name: 'Save training' }).click();
  await expect(page.getByText('Training saved.')).toBeVisible();
  await expect(
    page.getByText('Zendesk Support Admin expires on 18 Dec 2026 (in 30 days).'),
  ).toBeVisible();

  await page.getByRole('link', { name: 'Today', exact: true }).click();
  const certs = page.getByRole('list', { name: 'Certifications expiring' });
  await expect(certs).toContainText(
    'Cleo Martin: Zendesk Support Admin expires on 18 Dec 2026 (in 30 days)',
  );
});

test('from a coverage gap, one action plans cross-training with someone who can teach it', async ({
  app,
}) => {
  const { page } = app;
  const [ana, ben] = await seedPeople(page, ['Ana Lima', 'Ben Okafor']);
  const email = await seedSkill(page, { name: 'Email', requiredLevel: 3, targetCoverage: 2 });
  await seedLevel(page, ben!, email.id, 4);
  await seedLevel(page, ana!, email.id, 1);
  await page.evaluate(() => (window.location.hash = '#/growth?tab=coverage'));
  await page.getByRole('button', { name: 'Cross-train someone in Email' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cross-train in Email' });
  await expect(dialog.getByRole('combobox', { name: 'Who learns it' })).toHaveValue(
    'Ana Lima (level 1)',
  );
  await expect(dialog.getByRole('combobox', { name: 'Who teaches it' })).toHaveValue(
    'Ben Okafor (level 4)',
  );
  await dialog.getByRole('button', { name: 'Plan cross-training' }).click();
  await expect(page.getByText('Planned: Shadow Ben Okafor on Email.')).toBeVisible();

  await openProfile(page, 'Ana Lima');
  await expect(
    page.getByRole('article', { name: 'Goal: Cover Email: reach level 3 (Independent)' }),
  ).toBeVisible();
  await expect(
    page.getByRole('list', { name: 'Trainings' }).getByRole('listitem', {
      name: 'Shadow Ben Okafor on Email',
    }),
  ).toContainText('with Ben Okafor');
});

test('deleting a skill people have levels in asks first, and keeps their history', async ({
  app,
}) => {
  const { page } = app;
  const [ana] = await seedPeople(page, ['Ana Lima']);
  const chat = await seedSkill(page, { name: 'Chat' });
  await seedLevel(page, ana!, chat.id, 2);
  await page.evaluate(() => (window.location.hash = '#/growth?tab=skills'));
  await page.getByRole('button', { name: 'Delete skill Chat' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete the skill Chat?' });
  await expect(dialog).toContainText('1 person has a level in Chat. Delete it anyway?');
  await dialog.getByRole('button', { name: 'Delete skill' }).click();
  await expect(page.getByText('Skill deleted; one person keeps its level history.')).toBeVisible();

  await openProfile(page, 'Ana Lima');
  await expect(page.getByLabel("Skills no longer on the team's list")).toContainText(
    'Chat: 2 (since 18 Nov 2026)',
  );
});
