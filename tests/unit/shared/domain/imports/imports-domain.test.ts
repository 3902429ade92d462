import { describe, expect, it } from 'vitest';
import { DEFAULT_METRICS } from '../../../../../shared/domain/kpis/defaults';
import { ImportAggregator, median } from '../../../../../shared/domain/imports/aggregate';
import { durationUnitOfHeader } from '../../../../../shared/domain/imports/cells';
import {
  guessDecimalComma,
  guessDelimiter,
  looksBinary,
  stripBom,
} from '../../../../../shared/domain/imports/csv';
import { rowLocalDate } from '../../../../../shared/domain/imports/dates';
import {
  matchPerson,
  personIndex,
  rowIdentity,
} from '../../../../../shared/domain/imports/matching';
import { detectPreset, headerKey } from '../../../../../shared/domain/imports/presets';
import { inTimeZone } from '../../../helpers/time-zone';

const metrics = DEFAULT_METRICS.map((m) => ({
  ...m,
  archived: false,
  createdAt: '2026-01-01T00:00:00.000Z',
}));

describe('CSV guesses', () => {
  it.each([
    ['a,b,c\n1,2,3', ','],
    ['a;b;c\n1,5;2;3', ';'],
    ['a\tb\tc\n1\t2\t3', '\t'],
    ['"x, y";b\n"1, 2";3', ';'],
  ])('guesses the delimiter of %j', (text, delimiter) => {
    expect(guessDelimiter(text)).toBe(delimiter);
  });

  it('strips a byte-order mark, spots binary files and decimal commas', () => {
    expect(stripBom('\ufeffa,b')).toBe('a,b');
    expect(looksBinary('PK\u0003\u0004\u0000')).toBe(true);
    expect(looksBinary('a,b\n1,2')).toBe(false);
    expect(guessDecimalComma([['0,5', '92,5 %', '1.234,5']])).toBe(true);
    expect(guessDecimalComma([['0.5', '1,234', '3']])).toBe(false);
  });

  it.each([
    ['First reply time (min)', 'minutes'],
    ['First response time (in hrs)', 'hours'],
    ['Time to close (seconds)', 'seconds'],
    ['Resolution time', 'minutes'],
  ])('reads bare durations under %s in %s', (header, unit) => {
    expect(durationUnitOfHeader(header)).toBe(unit);
  });
});

describe('row dates', () => {
  it.each([
    ['2026-11-03', '2026-11-03'],
    ['2026-11-03 23:59', '2026-11-03'],
    ['2026/11/03', '2026-11-03'],
    ['03.11.2026', '2026-11-03'],
    ['11/03/2026', '2026-11-03'],
    ['25/11/2026', '2026-11-25'],
    ['2026-11', '2026-11-01'],
    ['2026-W45', '2026-11-02'],
  ])('reads %s as the local date %s', (raw, date) => {
    expect(rowLocalDate(raw)).toEqual({ ok: true, date });
  });

  it('turns an instant with an offset into the lead\u2019s local date', () => {
    inTimeZone('America/New_York', () => {
      expect(rowLocalDate('2026-11-03T02:30:00Z')).toEqual({ ok: true, date: '2026-11-02' });
    });
    inTimeZone('Asia/Kolkata', () => {
      expect(rowLocalDate('2026-11-03 20:00:00 +0000')).toEqual({ ok: true, date: '2026-11-04' });
    });
  });

  it.each(['', 'yesterday', '2026-02-30', '2026-13'])('refuses %j with a reason', (raw) => {
    expect(rowLocalDate(raw).ok).toBe(false);
  });
});

describe('presets and matching', () => {
  it.each([
    [['Ticket ID', 'Assignee name', 'Satisfaction rating', 'First reply time (min)'], 'zendesk'],
    [['ticket id', 'AGENT', 'Resolved time', 'First response time (in hrs)'], 'freshdesk'],
    [['User', 'Week starting', 'Happiness score', 'Conversations resolved'], 'helpscout'],
    [['Agent', 'Date', 'CSAT'], 'other'],
  ] as const)('detects %j as %s', (headers, source) => {
    expect(detectPreset(headers)).toBe(source);
  });

  it('compares headings without case or punctuation', () => {
    expect(headerKey(' First Reply Time(min) ')).toBe(headerKey('first reply time (min)'));
  });

  it('matches by email, then normalised name, then a saved alias', () => {
    const people = [
      { id: 'ana', name: 'Ana Lima', email: 'Ana@Example.com' },
      { id: 'jose', name: 'José Núñez', email: '' },
    ];
    const index = personIndex(people, [
      { text: 'J. Nunez', personId: 'jose' },
      { text: 'x', personId: 'gone' },
    ]);
    expect(matchPerson(index, rowIdentity('ana@example.com ', 'Someone')!)).toEqual({
      personId: 'ana',
      by: 'email',
    });
    expect(
      matchPerson(index, rowIdentity('', 'JOSE\u0301 Nu\u0301n\u0303ez'.normalize('NFD'))!),
    ).toEqual({ personId: 'jose', by: 'name' });
    expect(matchPerson(index, rowIdentity('', 'josé  núñez')!)).toEqual({
      personId: 'jose',
      by: 'name',
    });
    expect(matchPerson(index, rowIdentity('', 'j. nunez')!)).toEqual({
      personId: 'jose',
      by: 'alias',
    });
    expect(rowIdentity(' ', '  ')).toBeNull();
  });
});

describe('aggregation', () => {
  const headers = ['Who', 'Date', 'Reply', 'Rating', 'Reopens', 'QA'];
  const run = (rows: string[][]) => {
    const agg = new ImportAggregator({
      headers,
      mapping: {
        email: null,
        name: 'Who',
        date: 'Date',
        metrics: [
          { metricId: 'first_response_time', column: 'Reply' },
          { metricId: 'csat', column: 'Rating' },
          { metricId: 'reopen_rate', column: 'Reopens' },
          { metricId: 'qa_score', column: 'QA' },
          { metricId: 'tickets_solved', column: '(count rows)' },
        ],
      },
      metrics,
      decimalComma: false,
      today: '2026-11-18',
      sampleRows: rows,
      resolve: (identity) => ({ group: identity.key }),
    });
    rows.forEach((row, i) => agg.addRow(i + 2, row));
    return agg.finish();
  };

  it('takes the median, mean, ratio of ratings and flags, and counts rows, per period', () => {
    const result = run([
      ['Ana', '2026-11-02', '10', '5', '0', '80'],
      ['Ana', '2026-11-03', '30', '2', '1', '90'],
      ['Ana', '2026-11-04', '20', '', '0', '100'],
      ['Ana', '2026-11-10', '50', 'good', '0', ''],
    ]);
    const values = Object.fromEntries(
      result.groups.get('ana')!.map((v) => [`${v.metricId} ${v.period}`, [v.value, v.sampleSize]]),
    );
    expect(values).toEqual({
      'first_response_time 2026-W45': [1200, 3],
      'first_response_time 2026-W46': [3000, 1],
      'csat 2026-11': [2 / 3, 3],
      'reopen_rate 2026-11': [0.25, 4],
      'qa_score 2026-11': [90, 3],
      'tickets_solved 2026-W45': [3, 3],
      'tickets_solved 2026-W46': [1, 1],
    });
  });

  it('skips a wrong row with its line and reason and keeps the rest', () => {
    const result = run([
      ['Ana', '2026-11-02', '10', '5', '0', '80'],
      ['Ana', 'soon', '10', '5', '0', '80'],
      ['', '2026-11-02', '10', '5', '0', '80'],
      ['Ana', '2026-11-02', '10', 'meh', '0', '80'],
      ['Ana', '2026-11-02'],
    ]);
    expect(result.wrongRows.map((w) => w.line)).toEqual([3, 4, 5, 6]);
    expect(result.wrongRows[1]!.reason).toBe('This row has no name or email.');
    expect(result.groupRows.get('ana')).toBe(1);
  });

  it.each([
    [[3], 3],
    [[3, 1], 2],
    [[5, 1, 3], 3],
  ])('median of %j is %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});
