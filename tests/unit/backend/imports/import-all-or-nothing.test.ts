import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../../electron/backend/create-backend';
import type { PersonView } from '../../../../shared/ipc/channels/people';
import type { PersonDocument, TeamDocument } from '../../../../shared/model/documents';
import { createPerson, errorOf, startBackend, valueOf } from '../../helpers/backend';
import { DISK_FULL, faultyFs } from '../../helpers/faulty-fs';
import { readJson } from '../../helpers/store';
import { useTempDir } from '../../helpers/temp-dir';
import { open, optionsOf, preview, run } from './helpers';

/** Ben and Dana are not on the team: the lead chose to add both. */
const ADD_BEN_AND_DANA = [
  { key: 'ben.okafor@example.com', action: 'add' as const, personId: null },
  { key: 'dana.fox@example.com', action: 'add' as const, personId: null },
];

describe('an import that fails after adding people', () => {
  const dir = useTempDir();

  /** Ana on the team with one typed value; the Zendesk file ready to import, adding two people. */
  async function ready() {
    const faults = faultyFs();
    const backend = await startBackend(dir(), { fs: faults.fs });
    const ana = (await createPerson(backend, { name: 'Ana Lima', email: 'ana.lima@example.com' }))
      .person.id;
    valueOf(
      await backend.invoke('kpis:setValues', {
        cells: [{ personId: ana, metricId: 'csat', period: '2026-10', text: '90 %' }],
      }),
    );
    const { token } = await open(backend, 'zendesk.csv');
    const options = optionsOf(await preview(backend, token), ADD_BEN_AND_DANA);
    return { backend, faults, ana, options, before: await state(backend) };
  }

  /** The people folder and team.json, parsed. */
  async function state(backend: Backend) {
    await backend.flush();
    const names = (await readdir(join(dir(), 'people'))).filter((n) => n.endsWith('.json')).sort();
    const people: Record<string, PersonDocument> = {};
    for (const name of names)
      people[name] = (await readJson(join(dir(), 'people', name))) as PersonDocument;
    return { people, team: (await readJson(join(dir(), 'team.json'))) as TeamDocument };
  }

  const names = async (backend: Backend) =>
    valueOf<PersonView[]>(await backend.invoke('people:list', { includeArchived: true })).map(
      (v) => v.person.name,
    );

  /** Calls `then` once the import has added both new people (the second one's file is written). */
  function afterTheAdds(backend: Backend, ana: string, then: () => void) {
    const added = new Set<string>();
    backend.onDataChanged((change) => {
      if (change.kind !== 'person' || change.id === ana || added.has(change.id)) return;
      added.add(change.id);
      if (added.size === 2) then();
    });
  }

  it('keeps nothing when a value write fails: not the people, the values, the record nor the mapping', async () => {
    const { backend, faults, ana, options, before } = await ready();
    let addedNames: string[] = [];
    afterTheAdds(backend, ana, () => {
      addedNames = [];
      void names(backend).then((n) => (addedNames = n));
      faults.fail({ ops: ['write'], path: new RegExp(ana), code: 'EIO' });
    });
    const error = errorOf(await backend.invoke('imports:run', options));
    expect(error.code).toBe('storage');
    expect(error.message).toContain(`people/${ana}.json`);
    expect(addedNames.sort()).toEqual(['Ana Lima', 'Ben Okafor', 'Dana Fox']);

    expect(await names(backend)).toEqual(['Ana Lima']);
    expect(await state(backend)).toEqual(before);
    expect(valueOf<unknown[]>(await backend.invoke('imports:list', {}))).toEqual([]);

    // Once the disk behaves, the same import runs whole.
    faults.heal();
    const record = await run(backend, options);
    expect(record.personIds).toHaveLength(3);
    expect(await names(backend)).toEqual(['Ana Lima', 'Ben Okafor', 'Dana Fox']);
    await backend.close();
  });

  it('keeps nothing when recording the import in team.json fails', async () => {
    const { backend, faults, ana, options, before } = await ready();
    afterTheAdds(backend, ana, () =>
      faults.fail({ ops: ['write'], path: /team\.json/, code: 'EIO' }),
    );
    const error = errorOf(await backend.invoke('imports:run', options));
    expect(error.message).toContain('team.json');
    expect(await names(backend)).toEqual(['Ana Lima']);
    faults.heal();
    expect(await state(backend)).toEqual(before);
    await backend.close();
  });

  it('says which added people are left when the disk fills up and nothing can be taken back', async () => {
    const { backend, faults, ana, options } = await ready();
    afterTheAdds(backend, ana, () => faults.fail(DISK_FULL));
    const error = errorOf(await backend.invoke('imports:run', options));
    expect(error.code).toBe('storage');
    expect(error.message).toMatch(/^The import stopped: Coachbook cannot save: the disk is full/);
    expect(error.message).toContain(
      'Ben Okafor and Dana Fox were added by it and are still on your team: delete them on the Team page if you do not want them.',
    );
    // Nothing of the import itself was written: no record, no values.
    expect(valueOf<unknown[]>(await backend.invoke('imports:list', {}))).toEqual([]);
    await backend.close();
  });
});
