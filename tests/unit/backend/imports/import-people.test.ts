import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PersonDocument } from '../../../../shared/model/documents';
import type { PersonView } from '../../../../shared/ipc/channels/people';
import type { Envelope } from '../../../../shared/ipc/errors';
import { startBackend, valueOf } from '../../helpers/backend';
import { personInput } from '../../helpers/people';
import { readJson } from '../../helpers/store';
import { useTempDir } from '../../helpers/temp-dir';
import { addTeam, dryRun, open, optionsOf, preview, run } from './helpers';

const ADD_DANA = [{ key: 'dana.fox@example.com', action: 'add' as const, personId: null }];

/** The import adds people through the people screen's own service: one duplicate-name queue. */
describe('import adding people', () => {
  const dir = useTempDir();

  async function readyImport(backend: Awaited<ReturnType<typeof startBackend>>) {
    await addTeam(backend);
    const { token } = await open(backend, 'zendesk.csv');
    const options = optionsOf(await preview(backend, token), ADD_DANA);
    // The dry run leaves its plan cached, so the import reaches "add Dana Fox" within a few turns.
    await dryRun(backend, options);
    return options;
  }

  const danas = async (backend: Awaited<ReturnType<typeof startBackend>>) =>
    valueOf<PersonView[]>(await backend.invoke('people:list', {})).filter(
      (v) => v.person.name === 'Dana Fox',
    );

  it('yields one Dana Fox when the import and the people screen add her at the same moment', async () => {
    const backend = await startBackend(dir());
    const options = await readyImport(backend);
    const [imported, created] = await Promise.all([
      backend.invoke('imports:run', options),
      backend.invoke('people:create', personInput({ name: 'Dana Fox' })) as Promise<
        Envelope<PersonView>
      >,
    ]);
    const found = await danas(backend);
    expect(found).toHaveLength(1);
    const dana = found[0]!.person;
    // The import matched the person the screen added (same name), or added her first, in which
    // case the screen's save is refused with the usual message next to the name.
    expect(imported.ok).toBe(true);
    if (created.ok) expect(created.value.person.id).toBe(dana.id);
    else {
      expect(created.error.code).toBe('conflict');
      expect(created.error.message).toContain('Dana Fox is already on your team');
    }
    const record = valueOf<{ personIds: string[] }>(imported);
    expect(record.personIds).toContain(dana.id);
    const file = (await readJson(join(dir(), 'people', `${dana.id}.json`))) as PersonDocument;
    expect(file.kpis.values.length).toBeGreaterThan(0);
    await backend.close();
  });

  it('matches someone added on the people screen after the dry run instead of failing', async () => {
    const backend = await startBackend(dir());
    const options = await readyImport(backend);
    const added = valueOf<PersonView>(
      await backend.invoke('people:create', personInput({ name: 'Dana Fox' })),
    );
    const record = await run(backend, options);
    expect(await danas(backend)).toHaveLength(1);
    expect(record.personIds).toContain(added.person.id);
    await backend.close();
  });

  it('refuses the people screen a second Dana Fox once the import added her', async () => {
    const backend = await startBackend(dir());
    const options = await readyImport(backend);
    await run(backend, options);
    const refused = await backend.invoke('people:create', personInput({ name: 'Dana Fox' }));
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await danas(backend)).toHaveLength(1);
    await backend.close();
  });
});
