import { describe, expect, it } from 'vitest';
import type { Brief } from '../../../../shared/model/brief';
import { createPerson, valueOf } from '../../helpers/backend';
import { withPerson } from '../../helpers/meetings';
import { useTempDir } from '../../helpers/temp-dir';
import { kpiValue as v, seedKpis } from './seed';

describe('brief:get with KPIs', () => {
  const dir = useTempDir();

  async function setUp() {
    const started = await withPerson(dir());
    const other = await createPerson(started.backend, { name: 'Ana Ruiz' });
    const gone = await createPerson(started.backend, { name: 'Lee Park' });
    valueOf(await started.backend.invoke('people:archive', { id: gone.person.id }));
    return { ...started, otherId: other.person.id, goneId: gone.person.id };
  }

  it('shows each metric against the period before and its target, and suggests the topics', async () => {
    const { backend, personId, otherId, goneId } = await setUp();
    const seeded = await seedKpis(backend, {
      values: {
        [personId]: [
          v('csat', '2026-09', 0.86),
          v('csat', '2026-10', 0.84),
          v('first_response_time', '2026-W45', 3000),
          v('first_response_time', '2026-W46', 1800),
        ],
        [otherId]: [v('csat', '2026-10', 0.94)],
        [goneId]: [v('csat', '2026-10', 0.5)],
      },
    });
    const brief = valueOf<Brief>(await seeded.invoke('brief:get', { personId }));
    expect(brief.kpis.rows.map((r) => [r.name, r.valueText, r.changeText, r.meetsTarget])).toEqual([
      ['CSAT', '84 %', '\u22122 %', false],
      ['First response time', '30 min', '\u221220 min', true],
    ]);
    // Archived people are not in the team's median: 84 % and 94 %.
    expect(brief.kpis.rows[0]!.teamMedian).toEqual({ valueText: '89 %', people: 2 });
    expect(brief.kpis.suggestions.map((s) => s.id)).toEqual([
      'kpi:csat:missed_target:2026-10',
      'kpi:first_response_time:improved:2026-W46',
    ]);
    expect(brief.suggestions.filter((s) => s.kind === 'kpi').map((s) => s.text)).toEqual([
      'CSAT missed its target 2 months in a row: 84 % in Oct 2026, target 90 %. What is getting in the way?',
      'First response time fell from 50 min to 30 min in Week 46, 2026, 40 % better than Week 45, 2026. Recognise the progress.',
    ]);
    await seeded.close();
  });

  it('uses the team setting for a sharp drop and leaves out archived metrics', async () => {
    const { backend, personId } = await setUp();
    const values = [v('tickets_solved', '2026-W45', 100), v('tickets_solved', '2026-W46', 80)];
    let seeded = await seedKpis(backend, { values: { [personId]: values } });
    const kinds = async () =>
      valueOf<Brief>(await seeded.invoke('brief:get', { personId })).kpis.suggestions.map(
        (s) => s.kind,
      );
    expect(await kinds()).toEqual(['sharp_drop']);

    seeded = await seedKpis(seeded, {
      team: (team) => {
        team.kpis.preferences.sharpDropRatio = 0.25;
      },
    });
    expect(await kinds()).toEqual([]);

    seeded = await seedKpis(seeded, {
      team: (team) => {
        team.kpis.preferences.sharpDropRatio = 0.15;
        for (const m of team.kpis.metrics) if (m.id === 'tickets_solved') m.archived = true;
      },
    });
    const brief = valueOf<Brief>(await seeded.invoke('brief:get', { personId }));
    expect(brief.kpis).toEqual({ rows: [], suggestions: [] });
    await seeded.close();
  });

  it('a person without values gets an empty KPI section', async () => {
    const { backend, personId } = await setUp();
    const brief = valueOf<Brief>(await backend.invoke('brief:get', { personId }));
    expect(brief.kpis).toEqual({ rows: [], suggestions: [] });
    await backend.close();
  });
});
