import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { DEFAULT_METRICS } from '../../../../../shared/domain/kpis/defaults';
import {
  KPI_CSV_COLUMNS,
  kpiCsvFileName,
  kpiValuesCsv,
  type KpiCsvPerson,
} from '../../../../../shared/domain/kpis/csv-export';
import type { ImportRecord, KpiValue, MetricDefinition } from '../../../../../shared/model/kpis';
import { inTimeZone } from '../../../helpers/time-zone';

const METRICS: MetricDefinition[] = DEFAULT_METRICS.map((m) => ({
  ...m,
  archived: m.id === 'reopen_rate',
  createdAt: '2026-01-01T00:00:00.000Z',
}));

const v = (metricId: string, period: string, value: number, importId?: string): KpiValue => ({
  id: `${metricId}-${period}`,
  metricId,
  period,
  value,
  sampleSize: null,
  source: importId ? { kind: 'import', importId } : { kind: 'typed' },
  recordedAt: '2026-11-02T09:00:00.000Z',
  previous: [],
});

const IMPORT: ImportRecord = {
  id: 'imp-1',
  fileName: 'zendesk, "november".csv',
  source: 'zendesk',
  importedAt: '2026-11-02T09:00:00.000Z',
  counts: { added: 1, replaced: 0, skipped: 0, rows: 1 },
  personIds: ['p1'],
  undoneAt: null,
};

/** The file read back the way a spreadsheet would: rows of cells, the header first. */
function readBack(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  expect(csv.endsWith('\r\n')).toBe(true);
  expect(csv.endsWith('\r\n\r\n')).toBe(false);
  const parsed = Papa.parse<string[]>(csv.slice(1, -2), { newline: '\r\n' });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

const person = (name: string, values: KpiValue[], email = ''): KpiCsvPerson => ({
  name,
  email,
  values,
});

describe('kpiValuesCsv', () => {
  it('writes one row per person, metric and period, in the team metric order', () => {
    const rows = readBack(
      kpiValuesCsv(
        [
          person('Zoë Ng', [v('csat', '2026-10', 0.925)], 'zoe@example.com'),
          person('Ana Ruiz', [
            v('first_response_time', '2026-W46', 3900, 'imp-1'),
            v('csat', '2026-10', 0.84),
            v('csat', '2026-09', 0.91),
          ]),
        ],
        METRICS,
        [IMPORT],
      ),
    );
    expect(rows[0]).toEqual([...KPI_CSV_COLUMNS]);
    expect(rows.slice(1)).toEqual([
      [
        'Ana Ruiz',
        '',
        'CSAT',
        'percent',
        '2026-09',
        'Sep 2026',
        '2026-09-01',
        '2026-09-30',
        '91 %',
        '0.91',
        '90 %',
        'yes',
        'Typed',
        '2026-11-02',
      ],
      [
        'Ana Ruiz',
        '',
        'CSAT',
        'percent',
        '2026-10',
        'Oct 2026',
        '2026-10-01',
        '2026-10-31',
        '84 %',
        '0.84',
        '90 %',
        'no',
        'Typed',
        '2026-11-02',
      ],
      [
        'Ana Ruiz',
        '',
        'First response time',
        'duration',
        '2026-W46',
        'Week 46, 2026',
        '2026-11-09',
        '2026-11-15',
        '1 h 05 min',
        '3900',
        '1 h',
        'no',
        'Imported from zendesk, "november".csv',
        '2026-11-02',
      ],
      [
        'Zoë Ng',
        'zoe@example.com',
        'CSAT',
        'percent',
        '2026-10',
        'Oct 2026',
        '2026-10-01',
        '2026-10-31',
        '92.5 %',
        '0.925',
        '90 %',
        'yes',
        'Typed',
        '2026-11-02',
      ],
    ]);
  });

  it('keeps values of archived metrics, leaves out values of metrics no longer defined', () => {
    const rows = readBack(
      kpiValuesCsv(
        [person('Ana Ruiz', [v('reopen_rate', '2026-10', 0.04), v('gone', '2026-10', 1)])],
        METRICS,
        [],
      ),
    );
    expect(rows.slice(1).map((r) => [r[2], r[8], r[11]])).toEqual([['Reopen rate', '4 %', 'yes']]);
  });

  it('quotes commas, quotes and line breaks so every cell reads back as written', () => {
    const tricky = 'Ng, "Zoë"\nSecond line';
    const csv = kpiValuesCsv(
      [person(tricky, [v('tickets_solved', '2026-W46', 1234)])],
      METRICS,
      [],
    );
    expect(csv).toContain('"Ng, ""Zoë""\nSecond line"');
    const rows = readBack(csv);
    expect(rows).toHaveLength(2);
    expect(rows[1]![0]).toBe(tricky);
    expect(rows[1]![8]).toBe('1,234');
    expect(rows[1]![11]).toBe('');
  });

  it.each([
    ['=HYPERLINK("http://x","y")'],
    ['+1+2'],
    ['-2+3'],
    ['@SUM(A1)'],
    ['\t=1'],
    ['\r=1'],
    ['=1\nsecond line'],
  ])('defuses a text cell that starts like a formula: %j', (name) => {
    const rows = readBack(
      kpiValuesCsv([person(name, [v('csat', '2026-10', 0.9)], name)], METRICS, []),
    );
    expect(rows[1]![0]).toBe(`'${name}`);
    expect(rows[1]![1]).toBe(`'${name}`);
  });

  it('leaves numbers and ordinary text alone', () => {
    const rows = readBack(
      kpiValuesCsv(
        [person('Ana Ruiz', [v('csat', '2026-10', 0.9)], 'ana@example.com')],
        METRICS,
        [],
      ),
    );
    expect(rows[1]![0]).toBe('Ana Ruiz');
    expect(rows[1]![9]).toBe('0.9');
  });

  it('is just the header without values', () => {
    expect(readBack(kpiValuesCsv([person('Ana Ruiz', [])], METRICS, []))).toEqual([
      [...KPI_CSV_COLUMNS],
    ]);
  });

  it('writes the day a value was recorded in the lead\u2019s time zone', () => {
    const late = { ...v('csat', '2026-10', 0.9), recordedAt: '2026-11-01T23:30:00.000Z' };
    for (const [zone, day] of [
      ['Pacific/Auckland', '2026-11-02'],
      ['America/Los_Angeles', '2026-11-01'],
    ] as const) {
      inTimeZone(zone, () => {
        const rows = readBack(kpiValuesCsv([person('Ana Ruiz', [late])], METRICS, []));
        expect(rows[1]![13]).toBe(day);
      });
    }
  });
});

describe('kpiCsvFileName', () => {
  it.each([
    [null, 'kpis-2026-11-18.csv'],
    ['José Núñez', 'josé-núñez-kpis-2026-11-18.csv'],
    ['con', 'con_-kpis-2026-11-18.csv'],
  ])('%s gives %s', (name, fileName) => {
    expect(kpiCsvFileName(name, '2026-11-18')).toBe(fileName);
  });
});
