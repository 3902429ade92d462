import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PersonDocument, TeamDocument } from '../../../../shared/model/documents';
import type { KpiValue } from '../../../../shared/model/kpis';
import { startBackend } from '../../helpers/backend';
import { readJson } from '../../helpers/store';
import { useTempDir } from '../../helpers/temp-dir';
import { addTeam, dryRun, importFixture, open, optionsOf, preview, run } from './helpers';

type Expected = Record<string, { period: string; value: number; sampleSize: number }[]>;

describe('importing each preset fixture', () => {
  const dir = useTempDir();
  const valuesOf = async (id: string) =>
    ((await readJson(join(dir(), 'people', `${id}.json`))) as PersonDocument).kpis.values;
  const pick = (values: KpiValue[]) =>
    Object.fromEntries(
      [...new Set(values.map((v) => v.metricId))].map((metricId) => [
        metricId,
        values
          .filter((v) => v.metricId === metricId)
          .map(({ period, value, sampleSize }) => ({ period, value, sampleSize }))
          .sort((a, b) => a.period.localeCompare(b.period)),
      ]),
    );

  it('Zendesk: BOM, quoted line breaks, ratings, reopens and rows counted; Dana is unmatched', async () => {
    const backend = await startBackend(dir());
    const { ana, ben } = await addTeam(backend);
    const { token } = await open(backend, 'zendesk.csv');
    const p = await preview(backend, token);
    expect(p).toMatchObject({ detectedSource: 'zendesk', source: 'zendesk', delimiter: ',' });
    expect(p.headers[0]).toBe('Ticket ID');
    expect(p.mapping).toMatchObject({
      email: 'Assignee email',
      name: 'Assignee name',
      date: 'Solved at',
    });
    expect(p.mapping.metrics.map((m) => m.metricId).sort()).toEqual([
      'csat',
      'first_response_time',
      'full_resolution_time',
      'reopen_rate',
      'tickets_solved',
    ]);
    const reply = p.samples.find((s) => s.metricId === 'first_response_time')!;
    expect(reply.cells[1]).toEqual({ raw: '45', shown: '45 min', ok: true });

    const summary = await dryRun(backend, optionsOf(p));
    expect(summary.unmatched).toEqual([
      { key: 'dana.fox@example.com', name: 'Dana Fox', email: 'dana.fox@example.com', rows: 2 },
    ]);
    expect(summary).toMatchObject({
      rows: 6,
      wrongRowCount: 0,
      unmatchedRowCount: 2,
      skippedRows: 2,
    });
    await run(backend, optionsOf(p));
    expect(pick(await valuesOf(ana))).toEqual({
      // Solved 2026-11-02 (W45) and 2026-11-04 (W45): 12 and 45 min, median 28.5 min.
      first_response_time: [{ period: '2026-W45', value: 28.5 * 60, sampleSize: 2 }],
      full_resolution_time: [{ period: '2026-W45', value: ((146 + 1573) / 2) * 60, sampleSize: 2 }],
      csat: [{ period: '2026-11', value: 0.5, sampleSize: 2 }],
      reopen_rate: [{ period: '2026-11', value: 0.5, sampleSize: 2 }],
      tickets_solved: [{ period: '2026-W45', value: 2, sampleSize: 2 }],
    } satisfies Expected);
    // Ben's unoffered rating is no rating: CSAT from one rating.
    expect(pick(await valuesOf(ben)).csat).toEqual([
      { period: '2026-11', value: 1, sampleSize: 1 },
    ]);
  });

  it('Freshdesk: semicolons and decimal commas, durations in hours, 1-5 ratings', async () => {
    const backend = await startBackend(dir());
    const { ana, ben } = await addTeam(backend);
    const { preview: p } = await importFixture(backend, 'freshdesk.csv');
    expect(p).toMatchObject({ detectedSource: 'freshdesk', delimiter: ';', decimalComma: true });
    const values = pick(await valuesOf(ana));
    expect(values.first_response_time).toEqual([
      { period: '2026-W41', value: ((0.5 + 1.25) / 2) * 3600, sampleSize: 2 },
    ]);
    expect(values.csat).toEqual([{ period: '2026-10', value: 0.5, sampleSize: 2 }]);
    expect(values.reopen_rate).toEqual([{ period: '2026-10', value: 0.5, sampleSize: 2 }]);
    // An empty rating is not counted; the ticket still counts as solved.
    const benValues = pick(await valuesOf(ben));
    expect(benValues.csat).toEqual([{ period: '2026-10', value: 1, sampleSize: 1 }]);
    expect(benValues.tickets_solved).toEqual([{ period: '2026-W41', value: 2, sampleSize: 2 }]);
  });

  it('Help Scout: tab-separated agent rows already aggregated per week', async () => {
    const backend = await startBackend(dir());
    const { ana } = await addTeam(backend);
    const { preview: p } = await importFixture(backend, 'helpscout.csv');
    expect(p).toMatchObject({ detectedSource: 'helpscout', delimiter: '\t' });
    expect(pick(await valuesOf(ana))).toEqual({
      tickets_solved: [
        { period: '2026-W44', value: 41, sampleSize: 1 },
        { period: '2026-W45', value: 39, sampleSize: 1 },
      ],
      // Weeks starting 26 Oct and 2 Nov: both in October and November by their first day.
      csat: [
        { period: '2026-10', value: 0.92, sampleSize: 1 },
        { period: '2026-11', value: 0.95, sampleSize: 1 },
      ],
      first_response_time: [
        { period: '2026-W44', value: 83 * 60, sampleSize: 1 },
        { period: '2026-W45', value: 65 * 60, sampleSize: 1 },
      ],
      full_resolution_time: [
        { period: '2026-W44', value: 51 * 3600, sampleSize: 1 },
        { period: '2026-W45', value: 44 * 3600, sampleSize: 1 },
      ],
    } satisfies Expected);
  });

  it('Intercom: instants with offsets, seconds, 1-5 ratings and true/false reopens', async () => {
    const backend = await startBackend(dir());
    const { ana } = await addTeam(backend);
    const { preview: p } = await importFixture(backend, 'intercom.csv');
    expect(p.detectedSource).toBe('intercom');
    const values = pick(await valuesOf(ana));
    expect(values.first_response_time).toEqual([{ period: '2026-W46', value: 420, sampleSize: 2 }]);
    expect(values.csat).toEqual([{ period: '2026-11', value: 0.5, sampleSize: 2 }]);
    expect(values.reopen_rate).toEqual([{ period: '2026-11', value: 0.5, sampleSize: 2 }]);
  });

  it('Gorgias: h:mm:ss durations and a QA score averaged', async () => {
    const backend = await startBackend(dir());
    const { ana } = await addTeam(backend);
    const { preview: p } = await importFixture(backend, 'gorgias.csv');
    expect(p.detectedSource).toBe('gorgias');
    const values = pick(await valuesOf(ana));
    expect(values.qa_score).toEqual([{ period: '2026-10', value: 90, sampleSize: 2 }]);
    expect(values.full_resolution_time).toEqual([
      { period: '2026-W42', value: (3 * 3600 + 3900) / 2, sampleSize: 2 },
    ]);
  });

  it('Other: plain headings, a month column, percentages and counts per agent', async () => {
    const backend = await startBackend(dir());
    const { ben } = await addTeam(backend);
    const { preview: p, record } = await importFixture(backend, 'other.csv');
    expect(p.detectedSource).toBe('other');
    expect(record.counts).toEqual({ added: 8, replaced: 0, skipped: 0, rows: 2 });
    expect(pick(await valuesOf(ben))).toEqual({
      csat: [{ period: '2026-10', value: 0.89, sampleSize: 1 }],
      first_response_time: [{ period: '2026-W40', value: 70 * 60, sampleSize: 1 }],
      tickets_solved: [{ period: '2026-W40', value: 142, sampleSize: 1 }],
      qa_score: [{ period: '2026-10', value: 84, sampleSize: 1 }],
    } satisfies Expected);
    const team = (await readJson(join(dir(), 'team.json'))) as TeamDocument;
    expect(team.kpis.imports).toEqual([record]);
  });
});
