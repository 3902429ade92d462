import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../../electron/backend/create-backend';
import type { Feedback } from '../../../../shared/model/feedback';
import type { Goal } from '../../../../shared/model/growth';
import { errorOf, valueOf } from '../../helpers/backend';
import { storedDocument, withPerson } from '../../helpers/meetings';
import { useTempDir } from '../../helpers/temp-dir';

const sbi = (metricId: string | null) => ({
  kind: 'constructive',
  date: '2026-11-16',
  situation: 'Queue review on Monday',
  behaviour: 'Left three tickets without a first reply over the weekend',
  impact: 'Customers waited two days',
  metricId,
});

const goal = (metricId: string | null) => ({
  title: 'Bring first response time under an hour',
  startsOn: '2026-11-02',
  metricId,
});

const UNKNOWN = 'This metric is not defined any more. Pick another, or none.';
const ARCHIVED = (name: string) =>
  `${name} is archived, so nothing new can link to it. Pick a metric in use, or none.`;

describe('links from feedback and goals to a metric', () => {
  const dir = useTempDir();

  async function setUp() {
    const { backend, personId } = await withPerson(dir());
    return { backend, personId };
  }
  const archive = async (backend: Backend, metricId: string) =>
    valueOf(await backend.invoke('kpis:archiveMetric', { metricId }));

  it('feedback links to a metric in use, and no link is the default', async () => {
    const { backend, personId } = await setUp();
    const linked = valueOf<Feedback>(
      await backend.invoke('feedback:create', { personId, ...sbi('first_response_time') }),
    );
    const { metricId: _, ...withoutLink } = sbi(null);
    const plain = valueOf<Feedback>(
      await backend.invoke('feedback:create', { personId, ...withoutLink }),
    );
    expect([linked.metricId, plain.metricId]).toEqual(['first_response_time', null]);
    expect((await storedDocument(dir(), personId)).feedback).toEqual([linked, plain]);
    await backend.close();
  });

  it.each([
    ['an unknown metric', 'no_such_metric', UNKNOWN],
    ['an archived metric', 'csat', ARCHIVED('CSAT')],
  ])(
    'feedback refuses %s with a message for the field and writes nothing',
    async (_, id, message) => {
      const { backend, personId } = await setUp();
      await archive(backend, 'csat');
      const error = errorOf(await backend.invoke('feedback:create', { personId, ...sbi(id) }));
      expect(error).toMatchObject({
        code: 'invalid_input',
        message,
        fields: { metricId: message },
      });
      expect((await storedDocument(dir(), personId)).feedback).toEqual([]);
      await backend.close();
    },
  );

  it('editing feedback keeps a link to a metric archived since, but cannot move to another', async () => {
    const { backend, personId } = await setUp();
    const saved = valueOf<Feedback>(
      await backend.invoke('feedback:create', { personId, ...sbi('csat') }),
    );
    await archive(backend, 'csat');
    await archive(backend, 'reopen_rate');
    const edit = (metricId: string | null) =>
      backend.invoke('feedback:update', {
        personId,
        feedbackId: saved.id,
        ...sbi(metricId),
        impact: 'Customers waited two days; one cancelled',
      });
    expect(valueOf<Feedback>(await edit('csat')).metricId).toBe('csat');
    expect(errorOf(await edit('reopen_rate')).fields).toEqual({
      metricId: ARCHIVED('Reopen rate'),
    });
    expect((await storedDocument(dir(), personId)).feedback[0]!.metricId).toBe('csat');
    expect(valueOf<Feedback>(await edit(null)).metricId).toBeNull();
    await backend.close();
  });

  it('a goal links to a metric in use; unknown and archived ones are refused, nothing written', async () => {
    const { backend, personId } = await setUp();
    const saved = valueOf<Goal>(
      await backend.invoke('growth:createGoal', { personId, ...goal('first_response_time') }),
    );
    expect(saved.metricId).toBe('first_response_time');
    await archive(backend, 'csat');
    for (const [id, message] of [
      ['no_such_metric', UNKNOWN],
      ['csat', ARCHIVED('CSAT')],
    ] as const) {
      const error = errorOf(await backend.invoke('growth:createGoal', { personId, ...goal(id) }));
      expect(error).toMatchObject({ code: 'invalid_input', fields: { metricId: message } });
    }
    expect((await storedDocument(dir(), personId)).growth.goals).toEqual([saved]);
    await backend.close();
  });

  it('editing a goal keeps its archived metric and refuses an unknown one', async () => {
    const { backend, personId } = await setUp();
    const saved = valueOf<Goal>(
      await backend.invoke('growth:createGoal', { personId, ...goal('csat') }),
    );
    await archive(backend, 'csat');
    const edit = (metricId: string | null) =>
      backend.invoke('growth:updateGoal', { personId, goalId: saved.id, ...goal(metricId) });
    expect(valueOf<Goal>(await edit('csat')).metricId).toBe('csat');
    expect(errorOf(await edit('gone')).fields).toEqual({ metricId: UNKNOWN });
    expect((await storedDocument(dir(), personId)).growth.goals[0]!.metricId).toBe('csat');
    await backend.close();
  });

  it('goals started from a template link to no metric', async () => {
    const { backend, personId } = await setUp();
    const goals = valueOf<Goal[]>(
      await backend.invoke('growth:startPlan', {
        personId,
        templateId: 'tier1-to-tier2',
        startsOn: '2026-11-02',
      }),
    );
    expect(goals.map((g) => g.metricId)).toEqual(goals.map(() => null));
    expect(goals.length).toBeGreaterThan(0);
    await backend.close();
  });
});
