import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PersonView } from '../../../../shared/ipc/channels/people';
import { createPerson, errorOf, startBackend, valueOf } from '../../helpers/backend';
import { faultyFs } from '../../helpers/faulty-fs';
import { personInput } from '../../helpers/people';
import { listNames, listTree, useTempDir } from '../../helpers/temp-dir';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('deleting a person wins over every other write for them', () => {
  const dir = useTempDir();

  it('a write queued behind the delete answers not_found and never recreates the file', async () => {
    const faults = faultyFs();
    const backend = await startBackend(dir(), { fs: faults.fs });
    const { person } = await createPerson(backend);
    const id = person.id;
    // Each write of their file takes a while, so the calls below overlap as a fast double click would.
    faults.slowWrites(new RegExp(id), 40);

    const inFlight = backend.invoke('people:archive', { id });
    const deleting = backend.invoke('people:delete', { id });
    // A few milliseconds later, while the delete waits for the write in flight.
    await wait(10);
    const queued = backend.invoke('people:restore', { id });
    const [archived, deleted, updated] = await Promise.all([inFlight, deleting, queued]);

    expect(archived.ok).toBe(true);
    expect(valueOf(deleted)).toEqual({ deleted: true });
    expect(errorOf(updated)).toMatchObject({ code: 'not_found' });
    await wait(120);
    expect(await listNames(join(dir(), 'people'))).toEqual([]);
    expect((await listTree(join(dir(), 'backups'))).filter((p) => p.includes(id))).toEqual([]);

    const later = await backend.invoke('people:update', {
      id,
      changes: personInput({ role: 'Lead' }),
    });
    expect(errorOf(later).code).toBe('not_found');
    await backend.close();
    const restarted = await startBackend(dir());
    expect(valueOf<PersonView[]>(await restarted.invoke('people:list', undefined))).toEqual([]);
  });

  it('a team recognition that includes them, sent as they are deleted, changes nobody', async () => {
    const faults = faultyFs();
    const backend = await startBackend(dir(), { fs: faults.fs });
    const sam = await createPerson(backend);
    const ana = await createPerson(backend, { name: 'Ana Ruiz' });
    faults.slowWrites(new RegExp(sam.person.id), 40);

    const busy = backend.invoke('people:archive', { id: ana.person.id });
    const deleting = backend.invoke('people:delete', { id: sam.person.id });
    const praise = backend.invoke('recognition:create', {
      personIds: [ana.person.id, sam.person.id],
      text: 'Covered the weekend queue',
      date: '2026-11-17',
      value: null,
      sharedIn: 'private',
    });
    const [, deleted, praised] = await Promise.all([busy, deleting, praise]);
    expect(deleted.ok).toBe(true);
    expect(errorOf(praised).code).toBe('not_found');
    await wait(120);
    expect(await listNames(join(dir(), 'people'))).toEqual([`${ana.person.id}.json`]);
    const feed = valueOf<{ items: unknown[] }>(await backend.invoke('recognition:feed', {}));
    expect(feed.items).toEqual([]);
  });
});
