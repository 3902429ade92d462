import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../../electron/backend/create-backend';
import { createPerson, errorOf, valueOf } from '../../helpers/backend';
import { withPerson } from '../../helpers/meetings';
import { useTempDir } from '../../helpers/temp-dir';

interface Exported {
  fileName: string;
  content: string;
}

const type = (backend: Backend, personId: string, metricId: string, period: string, text: string) =>
  backend.invoke('kpis:setValues', { cells: [{ personId, metricId, period, text }] });

describe('KPI values in the exports', () => {
  const dir = useTempDir();

  async function setUp() {
    const { backend, personId } = await withPerson(dir());
    const other = await createPerson(backend, { name: '=cmd|calc', email: '' });
    valueOf(await type(backend, personId, 'csat', '2026-09', '91 %'));
    valueOf(await type(backend, personId, 'csat', '2026-10', '84 %'));
    valueOf(await type(backend, personId, 'first_response_time', '2026-W46', '1:05:00'));
    valueOf(await type(backend, other.person.id, 'qa_score', '2026-10', '88'));
    return { backend, personId, otherId: other.person.id };
  }

  it('export:kpisCsv writes one person\u2019s values, or everyone\u2019s, named by the day', async () => {
    const { backend, personId } = await setUp();
    const mine = valueOf<Exported>(await backend.invoke('export:kpisCsv', { personId }));
    expect(mine.fileName).toBe('sam-lee-kpis-2026-11-18.csv');
    const lines = mine.content.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toBe(
      'Sam Lee,,CSAT,percent,2026-09,Sep 2026,2026-09-01,2026-09-30,91 %,0.91,90 %,yes,Typed,2026-11-18',
    );
    expect(lines[3]).toContain('First response time,duration,2026-W46,"Week 46, 2026"');

    const all = valueOf<Exported>(await backend.invoke('export:kpisCsv', {}));
    expect(all.fileName).toBe('kpis-2026-11-18.csv');
    const rows = all.content.slice(1).trimEnd().split('\r\n');
    expect(rows).toHaveLength(5);
    // A name that starts like a formula is defused, and sorts first.
    expect(rows[1]!.startsWith(`"'=cmd|calc",,QA score,score,2026-10`)).toBe(true);
    await backend.close();
  });

  it('export:kpisCsv refuses an unknown person', async () => {
    const { backend } = await withPerson(dir());
    expect(errorOf(await backend.invoke('export:kpisCsv', { personId: 'nobody' })).code).toBe(
      'not_found',
    );
    await backend.close();
  });

  it('the Markdown export has a KPI table: metric, period, value, target, source', async () => {
    const { backend, personId } = await setUp();
    const { content } = valueOf<Exported>(
      await backend.invoke('export:personMarkdown', { personId }),
    );
    expect(content).toContain(
      [
        '## KPIs',
        '',
        '| Metric | Period | Value | Target | Source |',
        '| --- | --- | --- | --- | --- |',
        '| CSAT | Sep 2026 | 91 % | 90 % (met) | Typed |',
        '| CSAT | Oct 2026 | 84 % | 90 % (missed) | Typed |',
        '| First response time | Week 46, 2026 | 1 h 05 min | 1 h (missed) | Typed |',
        '',
      ].join('\n'),
    );
    await backend.close();
  });

  it('a person without values has no KPI section in the Markdown export', async () => {
    const { backend, personId } = await withPerson(dir());
    const { content } = valueOf<Exported>(
      await backend.invoke('export:personMarkdown', { personId }),
    );
    expect(content).not.toContain('## KPIs');
    await backend.close();
  });
});
