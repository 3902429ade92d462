import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../../electron/backend/create-backend';
import { NO_LONGER, UNDO_WINDOW_MS } from '../../../../electron/backend/kpis/save-history';
import type { UndoSaveResult } from '../../../../shared/ipc/channels/kpis';
import type { PersonDocument } from '../../../../shared/model/documents';
import { createPerson, errorOf, startBackend, valueOf } from '../../helpers/backend';
import { faultyFs } from '../../helpers/faulty-fs';
import { FIXED_NOW } from '../../helpers/people';
import { useTempDir } from '../../helpers/temp-dir';
import { save, snapshot, withTeam } from './helpers';

const undo = async (backend: Backend, saveId: string | null) =>
  valueOf<UndoSaveResult>(await backend.invoke('kpis:undoSave', { saveId }));

/** Person files as stored, parsed (tests compare files by content, never by text). */
async function people(backend: Backend, ids: string[]): Promise<PersonDocument[]> {
  const [, ...files] = await snapshot(backend, ids);
  return files.map((text) => JSON.parse(text) as PersonDocument);
}

const csat = (doc: PersonDocument, period: string) =>
  doc.kpis.values.find((v) => v.metricId === 'csat' && v.period === period)?.value ?? null;

describe('undoing a grid save', () => {
  const dir = useTempDir();

  it('puts back exactly what the save replaced, added and cleared, in every file, through the change signal', async () => {
    const { backend, ana, ben } = await withTeam(dir());
    await save(backend, [
      { personId: ana, metricId: 'csat', period: '2026-10', text: '92 %' },
      { personId: ana, metricId: 'csat', period: '2026-09', text: '80 %' },
      { personId: ben, metricId: 'qa_score', period: '2026-10', text: '85' },
    ]);
    const before = await people(backend, [ana, ben]);

    const saved = await save(backend, [
      { personId: ana, metricId: 'csat', period: '2026-10', text: '95' },
      { personId: ana, metricId: 'csat', period: '2026-09', text: '' },
      { personId: ben, metricId: 'qa_score', period: '2026-10', text: '85' },
      { personId: ben, metricId: 'csat', period: '2026-08', text: '70' },
    ]);
    expect(saved).toMatchObject({ saved: 2, cleared: 1, unchanged: 1 });
    expect(await people(backend, [ana, ben])).not.toEqual(before);

    const changes: string[] = [];
    backend.onDataChanged((c) => changes.push(c.kind === 'person' ? c.id : 'team'));
    expect(await undo(backend, saved.saveId)).toEqual({ restored: 3, kept: 0 });
    expect(changes.sort()).toEqual([ana, ben].sort());
    const after = await people(backend, [ana, ben]);
    // Values as they were, ids, times and the history stack included (order aside: a cleared
    // value comes back at the end of the list).
    for (const [i, doc] of after.entries()) {
      expect(doc.kpis.values).toHaveLength(before[i]!.kpis.values.length);
      expect(doc.kpis.values).toEqual(expect.arrayContaining(before[i]!.kpis.values));
    }
    expect(after[0]!.kpis.values.find((v) => v.period === '2026-10')!.previous).toEqual([]);
    await backend.close();
  });

  it('runs once: a second undo, an unknown save and a save that changed nothing are refused', async () => {
    const { backend, ana } = await withTeam(dir());
    const saved = await save(backend, [
      { personId: ana, metricId: 'csat', period: '2026-10', text: '92 %' },
    ]);
    await undo(backend, saved.saveId);
    const before = await snapshot(backend, [ana]);
    for (const saveId of [saved.saveId, 'not-a-save']) {
      const error = errorOf(await backend.invoke('kpis:undoSave', { saveId }));
      expect(error).toMatchObject({ code: 'not_found', message: NO_LONGER });
    }
    expect(errorOf(await backend.invoke('kpis:undoSave', { saveId: '' })).code).toBe(
      'invalid_input',
    );
    expect(await snapshot(backend, [ana])).toEqual(before);
    await backend.close();
  });

  it('keeps a cell changed again since the save, and restores the others', async () => {
    const { backend, ana, ben } = await withTeam(dir());
    const first = await save(backend, [
      { personId: ana, metricId: 'csat', period: '2026-10', text: '90 %' },
      { personId: ben, metricId: 'csat', period: '2026-10', text: '70 %' },
    ]);
    await save(backend, [{ personId: ana, metricId: 'csat', period: '2026-10', text: '50 %' }]);
    expect(await undo(backend, first.saveId)).toEqual({ restored: 1, kept: 1 });
    const [anaDoc, benDoc] = await people(backend, [ana, ben]);
    expect(csat(anaDoc!, '2026-10')).toBe(0.5);
    expect(csat(benDoc!, '2026-10')).toBeNull();
    await backend.close();
  });

  it('restores the others when someone in the save was deleted since', async () => {
    const { backend, ana, ben } = await withTeam(dir());
    const saved = await save(backend, [
      { personId: ana, metricId: 'csat', period: '2026-10', text: '90 %' },
      { personId: ben, metricId: 'csat', period: '2026-10', text: '70 %' },
    ]);
    valueOf(await backend.invoke('people:delete', { id: ben }));
    expect(await undo(backend, saved.saveId)).toEqual({ restored: 1, kept: 0 });
    expect(csat((await people(backend, [ana]))[0]!, '2026-10')).toBeNull();
    await backend.close();
  });

  it('is offered for ten minutes after the save', async () => {
    let now = new Date(FIXED_NOW).getTime();
    const backend = await startBackend(dir(), { clock: () => new Date(now) });
    const ana = (await createPerson(backend, { name: 'Ana Silva' })).person.id;
    const early = await save(backend, [
      { personId: ana, metricId: 'csat', period: '2026-10', text: '90 %' },
    ]);
    const late = await save(backend, [
      { personId: ana, metricId: 'csat', period: '2026-09', text: '80 %' },
    ]);
    now += UNDO_WINDOW_MS;
    expect(await undo(backend, late.saveId)).toEqual({ restored: 1, kept: 0 });
    now += 1;
    const error = errorOf(await backend.invoke('kpis:undoSave', { saveId: early.saveId }));
    expect(error).toMatchObject({ code: 'not_found', message: NO_LONGER });
    expect(csat((await people(backend, [ana]))[0]!, '2026-10')).toBe(0.9);
    await backend.close();
  });

  it('writes all files or none, and can be tried again after a failed write', async () => {
    const faults = faultyFs();
    const backend = await startBackend(dir(), { fs: faults.fs });
    const ana = (await createPerson(backend, { name: 'Ana Silva' })).person.id;
    const ben = (await createPerson(backend, { name: 'Ben Okafor' })).person.id;
    const saved = await save(backend, [
      { personId: ana, metricId: 'csat', period: '2026-10', text: '90 %' },
      { personId: ben, metricId: 'csat', period: '2026-10', text: '70 %' },
    ]);
    const before = await snapshot(backend, [ana, ben]);

    faults.fail({ ops: ['write'], path: new RegExp(ben), code: 'EIO' });
    const error = errorOf(await backend.invoke('kpis:undoSave', { saveId: saved.saveId }));
    expect(error.code).toBe('storage');
    expect(error.message).toContain('Nothing was changed');
    faults.heal();
    expect(await snapshot(backend, [ana, ben])).toEqual(before);

    expect(await undo(backend, saved.saveId)).toEqual({ restored: 2, kept: 0 });
    const docs = await people(backend, [ana, ben]);
    expect(docs.map((d) => csat(d, '2026-10'))).toEqual([null, null]);
    await backend.close();
  });
});
