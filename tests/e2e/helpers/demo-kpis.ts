import type { Page } from '@playwright/test';

/**
 * KPI values for the demo team, typed through the API as a lead would type them: eight months of
 * CSAT and QA score, eight weeks of first response time and tickets solved (to the last period
 * ended on 17 Nov 2026). The second person slips below the CSAT target for two months, and the
 * third answers slowly three weeks running, so the flags show.
 */
export async function seedKpiDemo(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const people = (await window.coachbook.people.list({ includeArchived: false })).map(
      (p) => p.person.id,
    );
    const months = [
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
    ];
    const weeks = [
      '2026-W39',
      '2026-W40',
      '2026-W41',
      '2026-W42',
      '2026-W43',
      '2026-W44',
      '2026-W45',
      '2026-W46',
    ];
    const wave = (i: number, p: number) => Math.sin(i * 1.3 + p * 2.1);
    const cells: { personId: string; metricId: string; period: string; text: string }[] = [];
    people.forEach((personId, p) => {
      months.forEach((period, i) => {
        let csat = 91 + p + 3 * wave(i, p);
        if (p === 1 && i >= 6) csat = 84 - (i - 6) * 2; // below 90 % two months running
        cells.push({ personId, metricId: 'csat', period, text: `${csat.toFixed(1)} %` });
        const qa = 84 + 2 * p + 4 * wave(i + 2, p);
        cells.push({ personId, metricId: 'qa_score', period, text: qa.toFixed(0) });
      });
      weeks.forEach((period, i) => {
        let minutes = 34 + 3 * p + 10 * wave(i, p);
        if (p === 2 && i >= 5) minutes = 70 + (i - 5) * 9; // over the hour three weeks running
        cells.push({
          personId,
          metricId: 'first_response_time',
          period,
          text: `${Math.round(minutes)} min`,
        });
        const solved = 58 + 9 * p + 8 * wave(i + 1, p);
        cells.push({
          personId,
          metricId: 'tickets_solved',
          period,
          text: String(Math.round(solved)),
        });
      });
    });
    await window.coachbook.kpis.setValues({ cells });
  });
}
