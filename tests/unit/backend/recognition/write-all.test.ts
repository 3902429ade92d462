import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { personKind } from '../../../../electron/backend/people/person-kind';
import { updateEach } from '../../../../electron/backend/recognition/write-all';
import {
  DocumentFile,
  type StoreContext,
} from '../../../../electron/backend/storage/document-file';
import type { PersonDocument } from '../../../../shared/model/documents';
import { DISK_FULL, faultyFs } from '../../helpers/faulty-fs';
import { personDocument, storeContext } from '../../helpers/store';
import { listTree, useTempDir } from '../../helpers/temp-dir';

async function openAll(ctx: StoreContext, ids: string[]) {
  return Promise.all(
    ids.map(
      async (id) =>
        (await DocumentFile.open<PersonDocument>(`people/${id}.json`, personKind, ctx, () =>
          personDocument({ id }),
        ))!,
    ),
  );
}

const notes = async (dir: string, ids: string[]) =>
  Promise.all(
    ids.map(
      async (id) =>
        (JSON.parse(await readFile(join(dir, 'people', `${id}.json`), 'utf8')) as PersonDocument)
          .person.note,
    ),
  );

describe('updateEach', () => {
  const dir = useTempDir();
  const ids = ['a', 'b', 'c'];

  it('changes every file, in memory and on disk, and leaves no journal behind', async () => {
    const files = await openAll(storeContext(dir()), ids);
    await updateEach(files, (doc) => {
      doc.person.note = 'changed';
    });
    expect(files.map((f) => f.data.person.note)).toEqual(['changed', 'changed', 'changed']);
    expect(await notes(dir(), ids)).toEqual(['changed', 'changed', 'changed']);
    expect((await listTree(dir())).filter((f) => !f.startsWith('backups/'))).toEqual(
      ids.map((id) => `people/${id}.json`),
    );
  });

  it('writes nothing when the change would leave one of the files invalid', async () => {
    const files = await openAll(storeContext(dir()), ids);
    await expect(
      updateEach(files, (doc) => {
        doc.person.name = doc.person.id === 'c' ? '' : 'Renamed';
      }),
    ).rejects.toMatchObject({ code: 'internal' });
    expect(files.map((f) => f.data.person.name)).toEqual(['Sam Lee', 'Sam Lee', 'Sam Lee']);
  });

  it('writes nothing when the disk refuses one file, and names the cause', async () => {
    const faults = faultyFs();
    const files = await openAll(storeContext(dir(), undefined, faults.fs), ids);
    faults.fail({ ...DISK_FULL, path: /c\.json/ });
    await expect(
      updateEach(files, (doc) => {
        doc.person.note = 'changed';
      }),
    ).rejects.toMatchObject({
      code: 'storage',
      message: expect.stringContaining('the disk is full (ENOSPC)'),
    });
    expect(await notes(dir(), ids)).toEqual(['', '', '']);
    expect(files.map((f) => f.data.person.note)).toEqual(['', '', '']);
  });

  it('answers not_found for all when one recipient was deleted meanwhile', async () => {
    const files = await openAll(storeContext(dir()), ids);
    await files[1]!.remove();
    await expect(
      updateEach(files, (doc) => {
        doc.person.note = 'changed';
      }),
    ).rejects.toMatchObject({ code: 'not_found' });
    expect(await notes(dir(), ['a', 'c'])).toEqual(['', '']);
  });
});
