import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Backend } from '../../../electron/backend/create-backend';
import { personKind } from '../../../electron/backend/people/person-kind';
import { DataChanges } from '../../../electron/backend/storage/data-changes';
import { DocumentFile } from '../../../electron/backend/storage/document-file';
import type { PersonView } from '../../../shared/ipc/channels/people';
import type { DataChange } from '../../../shared/ipc/events';
import type { PersonDocument } from '../../../shared/model/documents';
import { createPerson, errorOf, startBackend, valueOf } from '../helpers/backend';
import { personInput } from '../helpers/people';
import { personDocument, readJson, storeContext } from '../helpers/store';
import { useTempDir } from '../helpers/temp-dir';

/** Records every change the backend publishes from now on. */
function record(backend: Backend): DataChange[] {
  const seen: DataChange[] = [];
  backend.onDataChanged((change) => seen.push(change));
  return seen;
}

const praise = (personIds: string[]) => ({
  personIds,
  text: 'Cleared the refund backlog before the weekend',
  value: 'Ownership',
  sharedIn: 'team_meeting',
  date: '2026-11-18',
});

describe('backend.onDataChanged', () => {
  const dir = useTempDir();
  const fileOf = (id: string) => join(dir(), 'people', `${id}.json`);

  it('publishes one person change when a person is created, changed, archived and deleted', async () => {
    const backend = await startBackend(dir());
    const seen = record(backend);
    const { person } = await createPerson(backend, { name: 'Sam Lee' });
    const one = { kind: 'person', id: person.id };
    expect(seen).toEqual([one]);

    valueOf(
      await backend.invoke('people:update', {
        id: person.id,
        changes: personInput({ name: 'Sam Lee', role: 'Lead' }),
      }),
    );
    valueOf(await backend.invoke('people:archive', { id: person.id }));
    valueOf(await backend.invoke('people:delete', { id: person.id }));
    expect(seen).toEqual([one, one, one, one]);
  });

  it('publishes a team change for a write to team.json', async () => {
    const backend = await startBackend(dir());
    const seen = record(backend);
    valueOf(await backend.invoke('values:save', { values: ['Ownership', 'Teamwork'] }));
    valueOf(await backend.invoke('recognition:setGapDays', { days: 10 }));
    expect(seen).toEqual([{ kind: 'team' }, { kind: 'team' }]);
  });

  it('publishes only once the write is on disk, and the document already reads the new state', async () => {
    const backend = await startBackend(dir());
    const { person } = await createPerson(backend, { name: 'Sam Lee' });
    const observed: Promise<[unknown, PersonView[]]>[] = [];
    backend.onDataChanged(() => {
      observed.push(
        Promise.all([
          readJson(fileOf(person.id)),
          backend.invoke('people:list', {}).then((e) => valueOf<PersonView[]>(e)),
        ]),
      );
    });
    valueOf(await backend.invoke('people:archive', { id: person.id }));
    const results = await Promise.all(observed);
    expect(results).toHaveLength(1);
    const [onDisk, listed] = results[0]!;
    expect((onDisk as PersonDocument).person.status).toBe('archived');
    expect(listed.map((v) => v.person.status)).toEqual(['archived']);
  });

  it('tells a deleted person apart only once they are out of the list', async () => {
    const backend = await startBackend(dir());
    const { person } = await createPerson(backend, { name: 'Sam Lee' });
    const lists: Promise<PersonView[]>[] = [];
    backend.onDataChanged(() =>
      lists.push(backend.invoke('people:list', {}).then((e) => valueOf<PersonView[]>(e))),
    );
    valueOf(await backend.invoke('people:delete', { id: person.id }));
    expect(await Promise.all(lists)).toEqual([[]]);
  });

  it('publishes nothing for refused input, a refused change or a failed write', async () => {
    const backend = await startBackend(dir());
    const { person } = await createPerson(backend, { name: 'Sam Lee' });
    const seen = record(backend);

    errorOf(await backend.invoke('people:create', personInput({ name: '' })));
    errorOf(await backend.invoke('people:create', personInput({ name: 'sam lee' })));
    errorOf(await backend.invoke('people:archive', { id: 'nobody' }));
    // A folder where the file was makes the final rename fail.
    await rm(fileOf(person.id));
    await mkdir(join(fileOf(person.id), 'blocker'), { recursive: true });
    expect(errorOf(await backend.invoke('people:archive', { id: person.id })).code).toBe('storage');
    expect(seen).toEqual([]);
  });

  it('publishes nothing for reads', async () => {
    const backend = await startBackend(dir());
    const { person } = await createPerson(backend, { name: 'Sam Lee' });
    const seen = record(backend);
    valueOf(await backend.invoke('people:list', {}));
    valueOf(await backend.invoke('today:overview', undefined));
    valueOf(await backend.invoke('brief:get', { personId: person.id }));
    valueOf(await backend.invoke('recognition:balance', undefined));
    expect(seen).toEqual([]);
  });

  it('publishes one change per person file for a team recognition', async () => {
    const backend = await startBackend(dir());
    const ids = [];
    for (const name of ['Priya Natarajan', 'Marco Rossi', 'Aiko Tanaka']) {
      ids.push((await createPerson(backend, { name })).person.id);
    }
    const seen = record(backend);
    const saved = valueOf<{ id: string }>(
      await backend.invoke('recognition:create', praise(ids.slice(0, 2))),
    );
    expect(seen).toEqual(ids.slice(0, 2).map((id) => ({ kind: 'person', id })));

    seen.length = 0;
    valueOf(await backend.invoke('recognition:remove', { id: saved.id }));
    expect(seen).toHaveLength(2);
    expect(seen).toEqual(
      expect.arrayContaining(ids.slice(0, 2).map((id) => ({ kind: 'person', id }))),
    );
  });

  it('stops calling a listener once unsubscribed', async () => {
    const backend = await startBackend(dir());
    const listener = vi.fn();
    const off = backend.onDataChanged(listener);
    await createPerson(backend, { name: 'Sam Lee' });
    off();
    await createPerson(backend, { name: 'Ana Ruiz' });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('keeps the write and the other listeners when a listener throws', async () => {
    const log = vi.fn();
    const backend = await startBackend(dir(), { log });
    backend.onDataChanged(() => {
      throw new Error('listener bug');
    });
    const seen = record(backend);
    const { person } = await createPerson(backend, { name: 'Sam Lee' });
    expect(seen).toEqual([{ kind: 'person', id: person.id }]);
    expect(log).toHaveBeenCalledWith('A data change listener failed.', expect.any(Error));
    expect(valueOf<PersonView>(await backend.invoke('people:get', { id: person.id }))).toEqual(
      expect.objectContaining({ person: expect.objectContaining({ name: 'Sam Lee' }) }),
    );
  });
});

describe('DocumentFile and the change signal', () => {
  const dir = useTempDir();

  it('publishes a valid update and not one the schema refuses', async () => {
    const changes = new DataChanges();
    const seen: DataChange[] = [];
    changes.subscribe((change) => seen.push(change));
    const file = await DocumentFile.open<PersonDocument>(
      'people/p-1.json',
      personKind,
      { ...storeContext(dir()), changes },
      () => personDocument(),
      (doc) => ({ kind: 'person', id: doc.person.id }),
    );
    // Opening (and writing a new file) is the repository's to publish, not the file's.
    expect(seen).toEqual([]);
    await expect(
      file!.update((doc) => {
        doc.person.name = '';
      }),
    ).rejects.toMatchObject({ code: 'internal' });
    expect(seen).toEqual([]);
    await file!.update((doc) => {
      doc.person.role = 'Lead';
    });
    expect(seen).toEqual([{ kind: 'person', id: file!.data.person.id }]);
  });
});

describe('DataChanges', () => {
  it('gives the same function subscribed twice two subscriptions', () => {
    const changes = new DataChanges();
    const listener = vi.fn();
    const off = changes.subscribe(listener);
    changes.subscribe(listener);
    off();
    changes.publish({ kind: 'team' });
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
