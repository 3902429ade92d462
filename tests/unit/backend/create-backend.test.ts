import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PersonView } from '../../../shared/ipc/channels/people';
import { emptyPersonCollections } from '../../../shared/model/documents';
import { createPerson, errorOf, startBackend, valueOf } from '../helpers/backend';
import { FIXED_NOW, personInput, weeklyCadence } from '../helpers/people';
import { readJson } from '../helpers/store';
import { listNames, listTree, useTempDir } from '../helpers/temp-dir';

const NOW_ISO = new Date(FIXED_NOW).toISOString();
const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

describe('createBackend: people', () => {
  const dir = useTempDir();
  const people = () => join(dir(), 'people');

  it('creates a person, answers with the view and writes their file', async () => {
    const backend = await startBackend(dir());
    const view = await createPerson(backend, { name: '  Sam Lee ', role: 'Agent' });

    expect(view.person).toMatchObject({
      name: 'Sam Lee',
      role: 'Agent',
      status: 'active',
      archivedAt: null,
      createdAt: NOW_ISO,
      updatedAt: NOW_ISO,
    });
    expect(view.person.id).toMatch(/^[0-9a-f-]{36}$/);
    // A local wall-clock date-time, without seconds or time zone.
    expect(view.nextMeeting).toBe('2026-11-24T10:00');
    expect(await listNames(people())).toEqual([`${view.person.id}.json`]);
    expect(await readJson(join(people(), `${view.person.id}.json`))).toEqual({
      schemaVersion: 5,
      person: view.person,
      ...emptyPersonCollections(),
    });
    expect(await exists(join(dir(), 'team.json'))).toBe(true);
  });

  it.each([
    ['an empty name', personInput({ name: '' }), { name: 'Name is required.' }],
    ['a number as name', { ...personInput(), name: 42 }, { name: expect.any(String) }],
    [
      'a string as cadence',
      { ...personInput(), cadence: 'weekly' },
      { cadence: expect.any(String) },
    ],
    [
      'a bad time',
      personInput({ cadence: weeklyCadence({ time: '24:00' }) }),
      { 'cadence.time': expect.any(String) },
    ],
    ['a string instead of an object', 'Sam Lee', { _: expect.any(String) }],
    ['null', null, { _: expect.any(String) }],
    ['an array', [personInput()], { _: expect.any(String) }],
  ])('refuses %s with invalid_input and writes no file', async (_label, input, fields) => {
    const backend = await startBackend(dir());
    const error = errorOf(await backend.invoke('people:create', input));
    expect(error).toEqual({ code: 'invalid_input', message: expect.any(String), fields });
    expect(await listNames(people())).toEqual([]);
    expect(await listTree(join(dir(), 'backups'))).not.toContainEqual(
      expect.stringContaining('people/'),
    );
  });

  it('refuses a second person with the same name, ignoring case and spaces', async () => {
    const backend = await startBackend(dir());
    await createPerson(backend, { name: 'Sam Lee' });
    const error = errorOf(
      await backend.invoke('people:create', personInput({ name: ' sam lee ' })),
    );
    expect(error.code).toBe('conflict');
    expect(error.fields).toEqual({ name: 'Someone on your team already has this name.' });
    expect(await listNames(people())).toHaveLength(1);
  });

  it('refuses two concurrent creates with the same name (double submit)', async () => {
    const backend = await startBackend(dir());
    const answers = await Promise.all([
      backend.invoke('people:create', personInput({ name: 'Sam Lee' })),
      backend.invoke('people:create', personInput({ name: 'Sam Lee' })),
    ]);
    expect(answers.map((a) => a.ok).sort()).toEqual([false, true]);
    expect(await listNames(people())).toHaveLength(1);
  });

  it('answers not_found for an unknown id and invalid_input for a missing one', async () => {
    const backend = await startBackend(dir());
    expect(errorOf(await backend.invoke('people:get', { id: 'nobody' })).code).toBe('not_found');
    expect(errorOf(await backend.invoke('people:get', {})).code).toBe('invalid_input');
    expect(errorOf(await backend.invoke('people:archive', { id: 'nobody' })).code).toBe(
      'not_found',
    );
  });

  it('updates a person on disk and refuses a rename onto someone else', async () => {
    const backend = await startBackend(dir());
    const sam = await createPerson(backend, { name: 'Sam Lee' });
    await createPerson(backend, { name: 'Ana Ruiz' });
    const id = sam.person.id;

    const changes = personInput({ name: 'Sam Lee-Park', tags: ['mentor'] });
    const updated = valueOf<PersonView>(await backend.invoke('people:update', { id, changes }));
    expect(updated.person).toMatchObject({ id, name: 'Sam Lee-Park', tags: ['mentor'] });
    expect(await readJson(join(people(), `${id}.json`))).toMatchObject({
      person: { name: 'Sam Lee-Park', tags: ['mentor'] },
    });

    const clash = await backend.invoke('people:update', {
      id,
      changes: personInput({ name: 'ana ruiz' }),
    });
    expect(errorOf(clash).code).toBe('conflict');
    const bad = await backend.invoke('people:update', { id, changes: { name: '' } });
    expect(errorOf(bad).code).toBe('invalid_input');
    const view = valueOf<PersonView>(await backend.invoke('people:get', { id }));
    expect(view.person.name).toBe('Sam Lee-Park');
  });

  it('archives and restores a person', async () => {
    const backend = await startBackend(dir());
    const { person } = await createPerson(backend);

    const archived = valueOf<PersonView>(await backend.invoke('people:archive', { id: person.id }));
    expect(archived.person).toMatchObject({ status: 'archived', archivedAt: NOW_ISO });
    expect(archived.nextMeeting).toBeNull();
    const active = valueOf<PersonView[]>(
      await backend.invoke('people:list', { includeArchived: false }),
    );
    expect(active).toEqual([]);
    expect(valueOf<PersonView[]>(await backend.invoke('people:list', undefined))).toHaveLength(1);

    const restored = valueOf<PersonView>(await backend.invoke('people:restore', { id: person.id }));
    expect(restored.person).toMatchObject({ status: 'active', archivedAt: null });
    expect(restored.nextMeeting).not.toBeNull();
  });

  it('deletes a person: the file and its backups go, later calls answer not_found', async () => {
    const backend = await startBackend(dir());
    const { person } = await createPerson(backend);
    const kept = await createPerson(backend, { name: 'Ana Ruiz' });
    const mine = (p: string) => p.includes(person.id);
    expect((await listTree(join(dir(), 'backups'))).filter(mine)).toHaveLength(2);

    const answer = valueOf(await backend.invoke('people:delete', { id: person.id }));
    expect(answer).toEqual({ deleted: true });
    expect(await listNames(people())).toEqual([`${kept.person.id}.json`]);
    expect((await listTree(join(dir(), 'backups'))).filter(mine)).toEqual([]);
    expect(errorOf(await backend.invoke('people:get', { id: person.id })).code).toBe('not_found');
    expect(errorOf(await backend.invoke('people:delete', { id: person.id })).code).toBe(
      'not_found',
    );
  });

  it('answers unknown_channel for a channel the contract does not have', async () => {
    const backend = await startBackend(dir());
    expect(errorOf(await backend.invoke('people:drop', {})).code).toBe('unknown_channel');
    expect(errorOf(await backend.invoke(42, {})).code).toBe('unknown_channel');
    expect(errorOf(await backend.invoke('toString', {})).code).toBe('unknown_channel');
  });

  it('keeps the data for a second backend on the same folder', async () => {
    const first = await startBackend(dir());
    const { person } = await createPerson(first, { name: 'Sam Lee' });
    await first.invoke('people:archive', { id: person.id });
    await first.flush();

    const second = await startBackend(dir());
    const list = valueOf<PersonView[]>(await second.invoke('people:list', undefined));
    expect(list.map((v) => [v.person.id, v.person.name, v.person.status])).toEqual([
      [person.id, 'Sam Lee', 'archived'],
    ]);
  });
});
