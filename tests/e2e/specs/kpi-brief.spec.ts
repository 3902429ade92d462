import { test, expect } from '../fixtures';
import { seedPeople } from '../helpers/growth';
import { openRoute } from '../helpers/demo-recognition';

test.use({ fixedNow: '2026-11-18T09:00:00' }); // a Wednesday: October and week 46 have ended

test('the brief shows KPI changes, a topic for two months below target, and Recognise now', async ({
  app,
}) => {
  const { page } = app;
  const [personId] = await seedPeople(page, ['Ana Lima']);
  await page.evaluate(async (id) => {
    const cell = (metricId: string, period: string, text: string) => ({
      personId: id,
      metricId,
      period,
      text,
    });
    await window.coachbook.kpis.setValues({
      cells: [
        cell('csat', '2026-08', '93 %'),
        cell('csat', '2026-09', '87 %'),
        cell('csat', '2026-10', '84 %'),
        cell('first_response_time', '2026-W45', '50 min'),
        cell('first_response_time', '2026-W46', '30 min'),
      ],
    });
  }, personId!);

  await openRoute(page, `/team/${personId}/brief`);
  await expect(page.getByRole('heading', { name: '1:1 brief: Ana Lima' })).toBeVisible();

  const kpis = page.getByRole('table', { name: 'KPIs since the last 1:1' });
  const csat = kpis.getByRole('row', { name: /CSAT/ });
  await expect(csat).toContainText('84 %');
  await expect(csat).toContainText('Oct 2026');
  await expect(csat).toContainText('\u22123 % (worse)');
  await expect(csat).toContainText('Missed 2 in a row');
  const frt = kpis.getByRole('row', { name: /First response time/ });
  await expect(frt).toContainText('\u221220 min (better)');
  await expect(frt).toContainText('On target');

  const topics = page.getByRole('list', { name: 'Suggested topics' });
  await expect(topics).toContainText(
    'CSAT missed its target 2 months in a row: 84 % in Oct 2026, target 90 %. What is getting in the way?',
  );
  await expect(topics).toContainText('First response time fell from 50 min to 30 min');

  await frt.getByRole('button', { name: 'Recognise now: First response time' }).click();
  const dialog = page.getByRole('dialog', { name: 'Recognise someone' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Ana Lima');
  await dialog.getByRole('textbox', { name: /What they did/ }).fill('Halved first replies');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Praise for Ana Lima.')).toBeVisible();
  const brief = await page.evaluate(
    (id) => window.coachbook.brief.get({ personId: id }),
    personId!,
  );
  expect(brief.recognitionSince.map((r) => r.text)).toEqual(['Halved first replies']);
});

test('a person without KPI values gets a line saying so in the brief', async ({ app }) => {
  const { page } = app;
  const [personId] = await seedPeople(page, ['Ben Okafor']);
  await openRoute(page, `/team/${personId}/brief`);
  await expect(page.getByText('No KPI values for Ben yet.', { exact: false })).toBeVisible();
});

test('feedback and a goal link to a metric in use and show its latest value', async ({ app }) => {
  const { page } = app;
  const [personId] = await seedPeople(page, ['Chidi Obi']);
  await page.evaluate(async (id) => {
    await window.coachbook.kpis.setValues({
      cells: [{ personId: id, metricId: 'csat', period: '2026-10', text: '84 %' }],
    });
    await window.coachbook.kpis.archiveMetric({ metricId: 'reopen_rate' });
  }, personId!);
  await openRoute(page, `/team/${personId}`);

  await page.getByRole('button', { name: 'Log feedback' }).click();
  const form = page.getByRole('form', { name: 'Feedback' });
  await form.getByLabel('Situation').fill('Refund escalation on Thursday');
  await form.getByLabel('Behaviour').fill('Promised a refund before checking the contract');
  await form.getByLabel('Impact').fill('The customer rated the ticket bad');
  await form.getByRole('combobox', { name: 'Metric' }).click();
  // Archived metrics are not offered.
  await expect(page.getByRole('option', { name: 'Reopen rate' })).toHaveCount(0);
  await page.getByRole('option', { name: 'CSAT' }).click();
  await form.getByRole('button', { name: 'Save feedback' }).click();
  await expect(page.getByText('Feedback saved.')).toBeVisible();
  await expect(page.getByLabel('Linked metric: CSAT')).toContainText(
    'CSAT: 84 % in Oct 2026, target missed',
  );

  await page.getByRole('button', { name: 'New goal' }).click();
  const goal = page.getByRole('form', { name: 'Goal' });
  await goal.getByLabel('Goal', { exact: true }).fill('Bring CSAT back over 90 %');
  await goal.getByRole('combobox', { name: 'Metric' }).click();
  await page.getByRole('option', { name: 'CSAT' }).click();
  await goal.getByRole('button', { name: 'Add goal' }).click();
  await expect(page.getByText('Goal added.')).toBeVisible();
  await expect(
    page
      .getByRole('article', { name: 'Goal: Bring CSAT back over 90 %' })
      .getByLabel('Linked metric: CSAT'),
  ).toContainText('84 % in Oct 2026');
});
