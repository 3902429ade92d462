import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../../electron/backend/create-backend';
import type { ImportPreview, UndoResult } from '../../../../shared/ipc/channels/imports';
import type { PersonDocument, TeamDocument } from '../../../../shared/model/documents';
import type { ImportRecord } from '../../../../shared/model/kpis';
import { errorOf, startBackend, valueOf } from '../../helpers/backend';
import { readJson } from '../../helpers/store';
import { useTempDir } from '../../helpers/temp-dir';
import { addTeam, dryRun, fixture, open, optionsOf, preview, run } from './helpers';

/** Every file of the data folder with its content, to show a refusal wrote nothing. */
async function snapshot(dir: string) {
  const files: Record<string, string> = {};
  for (const name of [
    'team.json',
    ...(await readdir(join(dir, 'people'))).map((n) => `people/${n}`),
  ]) {
    files[name] = await readFile(join(dir, name), 'utf8');
  }
  return files;
}

describe('import channels', () => {
  const dir = useTempDir();
  const person = async (id: string) =>
    (await readJson(join(dir(), 'people', `${id}.json`))) as PersonDocument;
  const team = async () => (await readJson(join(dir(), 'team.json'))) as TeamDocument;

  async function zendeskPreview(backend: Backend): Promise<ImportPreview> {
    const { token } = await open(backend, 'zendesk.csv');
    return preview(backend, token);
  }

  it.each([
    ['empty.csv', '', 'This file is empty'],
    ['blank.csv', '\ufeff  \n\n', 'This file is empty'],
    ['report.xlsx', 'PK\u0003\u0004 whatever', 'not a CSV export'],
    ['image.csv', 'abc\u0000\u0001def,ghi\n1,2', 'not a CSV export'],
    ['notes.csv', 'Just a line of prose\nand another', 'only one column'],
    ['headers.csv', 'Ticket ID,Assignee name,Solved at\n\n', 'headings but no rows'],
  ])('refuses %s with a clear message and keeps nothing', async (fileName, text, message) => {
    const backend = await startBackend(dir());
    await addTeam(backend);
    const before = await snapshot(dir());
    const error = errorOf(await backend.invoke('imports:open', { fileName, text }));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toContain(message);
    expect(await snapshot(dir())).toEqual(before);
  });

  it('refuses a file over 50 MB before reading it', async () => {
    const backend = await startBackend(dir());
    const text = 'a,b\n'.padEnd(50 * 1024 * 1024 + 1, 'x');
    const error = errorOf(await backend.invoke('imports:open', { fileName: 'big.csv', text }));
    expect(error.message).toContain('larger than 50 MB');
    await backend.close();
  });

  it('refuses an unknown metric, a missing column and no date; writes nothing', async () => {
    const backend = await startBackend(dir());
    await addTeam(backend);
    const p = await zendeskPreview(backend);
    const before = await snapshot(dir());
    const unknown = optionsOf(p);
    unknown.mapping = { ...p.mapping, metrics: [{ metricId: 'nps', column: 'Reopens' }] };
    for (const channel of ['imports:dryRun', 'imports:run']) {
      const error = errorOf(await backend.invoke(channel, unknown));
      expect(error.fields).toEqual({
        'mapping.metrics.0.metricId':
          'There is no metric "nps" on your team. Choose one of your metrics.',
      });
    }
    const noColumn = optionsOf(p);
    noColumn.mapping = { ...p.mapping, date: 'Closed on' };
    expect(errorOf(await backend.invoke('imports:run', noColumn)).fields).toEqual({
      'mapping.date': 'The column "Closed on" is not in this file.',
    });
    expect(await snapshot(dir())).toEqual(before);
  });

  it('reports values of the wrong unit and periods in the future per row, and imports the rest', async () => {
    const backend = await startBackend(dir());
    const { ana } = await addTeam(backend);
    const text = [
      'Agent,Email,Date,First response time,CSAT',
      'Ana Lima,ana.lima@example.com,2026-11-02,20 min,95%',
      'Ana Lima,ana.lima@example.com,2026-11-03,fast,90%',
      'Ana Lima,ana.lima@example.com,2026-11-04,30 min,190%',
      'Ana Lima,ana.lima@example.com,2026-12-01,30 min,90%',
      'Ana Lima,ana.lima@example.com,2026-11-05',
    ].join('\r\n');
    const { token } = await open(backend, 'odd.csv', text);
    const p = await preview(backend, token);
    const summary = await dryRun(backend, optionsOf(p));
    expect(summary.wrongRows).toEqual([
      {
        line: 3,
        reason: 'First response time: Use a duration like 1:05:00, 83 min or 1 h 23 min.',
      },
      {
        line: 4,
        reason:
          'CSAT: A percentage cannot be above 100. Use a percentage from 0 to 100, like 92 %.',
      },
      { line: 5, reason: 'Dec 2026 has not started yet, so this row was skipped.' },
      { line: 6, reason: 'This row has 3 fields; the heading row has 5.' },
    ]);
    // Other's suggestion counts the rows as tickets solved.
    expect(summary).toMatchObject({ rows: 5, futureRowCount: 1, added: 3, skippedRows: 4 });
    await run(backend, optionsOf(p));
    const values = (await person(ana)).kpis.values.map((v) => [v.metricId, v.period, v.value]);
    expect(values.sort()).toEqual([
      ['csat', '2026-11', 0.95],
      ['first_response_time', '2026-W45', 1200],
      ['tickets_solved', '2026-W45', 1],
    ]);
  });

  it('matches by hand, remembers the mapping and alias, then imports next month in one step', async () => {
    const backend = await startBackend(dir());
    const { ben } = await addTeam(backend);
    const p = await zendeskPreview(backend);
    const matches = [{ key: 'dana.fox@example.com', action: 'match' as const, personId: ben }];
    const summary = await dryRun(backend, optionsOf(p, matches));
    expect(summary).toMatchObject({ unmatchedRowCount: 0, skippedRows: 0 });
    // Ben's own two tickets and Dana's two.
    expect(summary.people.find((x) => x.personId === ben)).toMatchObject({ rows: 4 });
    await run(backend, optionsOf(p, matches));
    const saved = (await team()).kpis.mappings;
    expect(saved).toEqual([
      expect.objectContaining({
        source: 'zendesk',
        delimiter: ',',
        decimalComma: false,
        columns: p.mapping,
        personAliases: [{ text: 'dana.fox@example.com', personId: ben }],
      }),
    ]);

    // Next month: a file with the same headings is previewed with the saved mapping, and Dana's
    // rows go to Ben without asking.
    const next = fixture('zendesk.csv').replaceAll('2026-11-0', '2026-10-0');
    const { token } = await open(backend, 'zendesk-october.csv', next);
    const again = await preview(backend, token);
    expect(again).toMatchObject({ fromSavedMapping: true, mapping: p.mapping });
    const second = await dryRun(backend, optionsOf(again));
    expect(second.unmatched).toEqual([]);
    expect(second.people.find((x) => x.personId === ben)).toMatchObject({ rows: 4 });
  });

  it('adds an unmatched person through the people service, or skips them', async () => {
    const backend = await startBackend(dir());
    await addTeam(backend);
    const p = await zendeskPreview(backend);
    const skipped = await dryRun(
      backend,
      optionsOf(p, [{ key: 'dana.fox@example.com', action: 'skip', personId: null }]),
    );
    expect(skipped).toMatchObject({ skippedPeopleRowCount: 2, unmatched: [] });
    const record = await run(
      backend,
      optionsOf(p, [{ key: 'dana.fox@example.com', action: 'add', personId: null }]),
    );
    const people = await readdir(join(dir(), 'people'));
    expect(people).toHaveLength(3);
    const dana = valueOf<{ person: { id: string; name: string; email: string } }[]>(
      await backend.invoke('people:list', {}),
    ).find((v) => v.person.name === 'Dana Fox')!;
    expect(dana.person.email).toBe('dana.fox@example.com');
    expect(record.personIds).toContain(dana.person.id);
    expect((await person(dana.person.id)).kpis.values.length).toBeGreaterThan(0);
  });

  it('undoes an import as a whole, restoring replaced values, and refuses a second undo', async () => {
    const backend = await startBackend(dir());
    const { ana } = await addTeam(backend);
    const first = await run(backend, optionsOf(await zendeskPreview(backend)));
    const before = (await person(ana)).kpis.values;
    const changed = fixture('zendesk.csv').replace(',12,146,', ',2,146,');
    const { token } = await open(backend, 'zendesk-fixed.csv', changed);
    const p2 = await preview(backend, token);
    const summary = await dryRun(backend, optionsOf(p2));
    expect(summary).toMatchObject({ added: 0, replaced: 1 });
    const second = await run(backend, optionsOf(p2));
    const replaced = (await person(ana)).kpis.values.find(
      (v) => v.metricId === 'first_response_time',
    )!;
    expect(replaced).toMatchObject({
      value: 23.5 * 60,
      source: { kind: 'import', importId: second.id },
    });
    expect(replaced.previous).toEqual([
      {
        value: 28.5 * 60,
        source: { kind: 'import', importId: first.id },
        recordedAt: expect.any(String),
      },
    ]);

    const undone = valueOf<UndoResult>(
      await backend.invoke('imports:undo', { importId: second.id }),
    );
    expect(undone).toMatchObject({ removed: 0, restored: 1, record: { id: second.id } });
    expect(undone.record.undoneAt).not.toBeNull();
    const restored = (await person(ana)).kpis.values;
    expect(restored.map((v) => [v.metricId, v.value, v.source])).toEqual(
      before.map((v) => [v.metricId, v.value, v.source]),
    );
    const again = errorOf(await backend.invoke('imports:undo', { importId: second.id }));
    expect(again).toMatchObject({ code: 'conflict' });
    expect(again.message).toContain('already undone');

    const list = valueOf<ImportRecord[]>(await backend.invoke('imports:list', undefined));
    expect(list.map((r) => [r.id, r.undoneAt === null])).toEqual([
      [second.id, false],
      [first.id, true],
    ]);
  });

  it('refuses an import that would change nothing, and a file let go of', async () => {
    const backend = await startBackend(dir());
    await addTeam(backend);
    await run(backend, optionsOf(await zendeskPreview(backend)));
    const p = await zendeskPreview(backend);
    const error = errorOf(await backend.invoke('imports:run', optionsOf(p)));
    expect(error.message).toContain('already in Coachbook');
    await backend.invoke('imports:discard', { token: p.token });
    expect(errorOf(await backend.invoke('imports:preview', { token: p.token })).code).toBe(
      'not_found',
    );
  });
});
