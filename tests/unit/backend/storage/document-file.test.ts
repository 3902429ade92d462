import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { personKind } from '../../../../electron/backend/people/person-kind';
import { DocumentFile } from '../../../../electron/backend/storage/document-file';
import type { PersonDocument } from '../../../../shared/model/documents';
import { fixedClock } from '../../helpers/people';
import { backupPath, personDocument, readJson, storeContext } from '../../helpers/store';
import { listNames, listTree, useTempDir } from '../../helpers/temp-dir';

const REL = 'people/p-1.json';

async function openNew(dataDir: string, clock = fixedClock) {
  const ctx = storeContext(dataDir, clock);
  const file = await DocumentFile.open<PersonDocument>(REL, personKind, ctx, () =>
    personDocument(),
  );
  if (!file) throw new Error('open with an initial value must return a file');
  return { file, ctx };
}

describe('DocumentFile.open', () => {
  const dir = useTempDir();

  it('writes the initial value when the file does not exist', async () => {
    const { file } = await openNew(dir());
    expect(file.data).toEqual(personDocument());
    expect(await readJson(join(dir(), REL))).toEqual(personDocument());
    // Compact JSON: one line, no indentation.
    expect(await readFile(join(dir(), REL), 'utf8')).toMatch(
      /^\{"schemaVersion":5,"person":\{[^\n]*\}\n$/,
    );
  });

  it('returns null for a missing file without an initial value, writing nothing', async () => {
    const ctx = storeContext(dir());
    expect(await DocumentFile.open(REL, personKind, ctx)).toBeNull();
    expect(await listTree(dir())).toEqual([]);
  });

  it('loads an existing file rather than the initial value', async () => {
    await openNew(dir());
    const again = await DocumentFile.open(REL, personKind, storeContext(dir()), () =>
      personDocument({ name: 'Someone else' }),
    );
    expect(again?.data.person.name).toBe('Sam Lee');
  });

  it('keeps a daily and an ISO-weekly backup of the state it opened', async () => {
    await openNew(dir());
    expect(await listTree(join(dir(), 'backups'))).toEqual([
      'daily/2026-11-18/people/p-1.json',
      'weekly/2026-W47/people/p-1.json',
    ]);
    expect(await readJson(backupPath(dir(), 'daily/2026-11-18', REL))).toEqual(personDocument());
  });
});

describe('DocumentFile.update', () => {
  const dir = useTempDir();

  it('saves a valid change to memory and disk', async () => {
    const { file } = await openNew(dir());
    const saved = await file.update((doc) => {
      doc.person.role = 'Team lead';
    });
    expect(saved.person.role).toBe('Team lead');
    expect(file.data.person.role).toBe('Team lead');
    expect(await readJson(join(dir(), REL))).toMatchObject({ person: { role: 'Team lead' } });
  });

  it('accepts a mutation that returns a new document', async () => {
    const { file } = await openNew(dir());
    await file.update((doc) => ({ ...doc, person: { ...doc.person, name: 'Sam Lee-Park' } }));
    expect(file.data.person.name).toBe('Sam Lee-Park');
  });

  it('refuses a change that makes the document invalid, leaving file and memory unchanged', async () => {
    const { file } = await openNew(dir());
    const before = await readFile(join(dir(), REL), 'utf8');
    await expect(
      file.update((doc) => {
        doc.person.name = '';
      }),
    ).rejects.toMatchObject({
      code: 'internal',
      message: 'That change would leave the person invalid, so nothing was saved.',
    });
    expect(file.data.person.name).toBe('Sam Lee');
    expect(await readFile(join(dir(), REL), 'utf8')).toBe(before);
  });

  it('keeps working after a refused change', async () => {
    const { file } = await openNew(dir());
    await file
      .update((doc) => {
        doc.person.cadence.time = '25:00';
      })
      .catch(() => undefined);
    await file.update((doc) => {
      doc.person.note = 'after';
    });
    expect(file.data.person.cadence.time).toBe('10:00');
    expect(await readJson(join(dir(), REL))).toMatchObject({ person: { note: 'after' } });
  });

  it('applies queued updates in the order they were made', async () => {
    const { file } = await openNew(dir());
    const tag = (name: string) =>
      file.update((doc) => {
        doc.person.tags.push(name);
      });
    const results = await Promise.all([tag('a'), tag('b'), tag('c')]);
    expect(results.map((r) => r.person.tags)).toEqual([['a'], ['a', 'b'], ['a', 'b', 'c']]);
    await file.flush();
    expect(await readJson(join(dir(), REL))).toMatchObject({ person: { tags: ['a', 'b', 'c'] } });
  });

  it('rolls memory back and reports a storage error when the write fails', async () => {
    const { file } = await openNew(dir());
    // A folder where the file was makes the final rename fail.
    await rm(join(dir(), REL));
    await mkdir(join(dir(), REL));
    await mkdir(join(dir(), REL, 'blocker'));
    await expect(
      file.update((doc) => {
        doc.person.role = 'Lost';
      }),
    ).rejects.toMatchObject({ code: 'storage' });
    expect(file.data.person.role).toBe('Support engineer');
    expect(await listNames(join(dir(), 'people'))).toEqual(['p-1.json']);
  });

  it("backs up yesterday's state the first time it changes on a new day", async () => {
    let now = new Date('2026-11-18T09:00:00');
    const { file } = await openNew(dir(), () => now);
    await file.update((doc) => {
      doc.person.note = 'written on the 18th';
    });
    now = new Date('2026-11-19T08:00:00');
    await file.update((doc) => {
      doc.person.note = 'written on the 19th';
    });
    await file.update((doc) => {
      doc.person.note = 'later on the 19th';
    });

    // Each day keeps the state the app first saw that day; the week keeps its first state.
    const note = async (folder: string) =>
      ((await readJson(backupPath(dir(), folder, REL))) as PersonDocument).person.note;
    expect(await note('daily/2026-11-18')).toBe('');
    expect(await note('daily/2026-11-19')).toBe('written on the 18th');
    expect(await note('weekly/2026-W47')).toBe('');
    expect(file.data.person.note).toBe('later on the 19th');
  });
});

describe('DocumentFile.remove', () => {
  const dir = useTempDir();

  it('deletes the file and every backup of it; a write still queued answers not_found', async () => {
    const { file } = await openNew(dir());
    const pending = file.update((doc) => {
      doc.person.note = 'pending';
    });
    await file.remove();
    await expect(pending).rejects.toMatchObject({ code: 'not_found' });
    expect(await listNames(join(dir(), 'people'))).toEqual([]);
    expect(await listTree(join(dir(), 'backups'))).toEqual([]);
  });

  it('wins over a write asked for through a reference held from before, while it runs', async () => {
    const { file } = await openNew(dir());
    const removing = file.remove();
    const late = file.update((doc) => {
      doc.person.note = 'late';
    });
    await removing;
    await expect(late).rejects.toMatchObject({
      code: 'not_found',
      message: 'This person was deleted, so nothing was saved. They are not in Coachbook any more.',
    });
    await file.flush();
    expect(await listTree(dir())).toEqual([]);
  });
});
