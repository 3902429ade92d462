import { mkdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { personKind } from '../../../../electron/backend/people/person-kind';
import { DocumentFile } from '../../../../electron/backend/storage/document-file';
import { NewerVersionError } from '../../../../electron/backend/storage/migrations';
import type { PersonDocument } from '../../../../shared/model/documents';
import { backupPath, personDocument, readJson, storeContext } from '../../helpers/store';
import { listNames, listTree, useTempDir } from '../../helpers/temp-dir';

const REL = 'people/p-1.json';
const ASIDE = 'damaged/people__p-1.json.20261118T090000.json';

async function put(path: string, content: string, takenAt?: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content);
  if (takenAt) await utimes(path, new Date(takenAt), new Date(takenAt));
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

describe('DocumentFile.open on a damaged file', () => {
  const dir = useTempDir();

  it('sets a truncated file aside, restores the newest valid backup and warns', async () => {
    const copy = (note: string) => json(personDocument({ note }));
    await put(backupPath(dir(), 'daily/2026-11-16', REL), copy('old'), '2026-11-16T09:00:00');
    await put(backupPath(dir(), 'daily/2026-11-17', REL), copy('newer'), '2026-11-17T09:00:00');
    await put(backupPath(dir(), 'weekly/2026-W47', REL), copy('week'), '2026-11-16T08:00:00');
    const truncated = json(personDocument({ note: 'current' })).slice(0, 120);
    await put(join(dir(), REL), truncated);

    const ctx = storeContext(dir());
    const file = await DocumentFile.open<PersonDocument>(REL, personKind, ctx);

    expect(file?.data.person.note).toBe('newer');
    expect(await readJson(join(dir(), REL))).toEqual(personDocument({ note: 'newer' }));
    expect(await readFile(join(dir(), ASIDE), 'utf8')).toBe(truncated);
    const notices = ctx.notices.list();
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({
      level: 'warning',
      title: 'A damaged person file was restored',
      at: new Date('2026-11-18T09:00:00').toISOString(),
    });
    expect(notices[0]!.message).toContain('daily 2026-11-17');
    expect(notices[0]!.message).toContain(join(dir(), ASIDE));
  });

  it('restores from a schema-invalid file the same way', async () => {
    await put(backupPath(dir(), 'weekly/2026-W46', REL), json(personDocument({ role: 'Backup' })));
    const invalid = json({ ...personDocument(), person: { ...personDocument().person, name: '' } });
    await put(join(dir(), REL), invalid);

    const ctx = storeContext(dir());
    const file = await DocumentFile.open<PersonDocument>(REL, personKind, ctx);

    expect(file?.data.person.role).toBe('Backup');
    expect(await readFile(join(dir(), ASIDE), 'utf8')).toBe(invalid);
    expect(ctx.notices.list()[0]?.message).toContain('weekly 2026-W46');
    expect(ctx.notices.list()[0]?.message).toContain('Name is required.');
  });

  it('skips a damaged backup and takes the next older valid one', async () => {
    await put(
      backupPath(dir(), 'daily/2026-11-17', REL),
      '{"schemaVersion": 2, "per',
      '2026-11-17T09:00:00',
    );
    await put(
      backupPath(dir(), 'daily/2026-11-10', REL),
      json(personDocument({ note: 'ok' })),
      '2026-11-10T09:00:00',
    );
    await put(join(dir(), REL), 'not json');

    const file = await DocumentFile.open<PersonDocument>(REL, personKind, storeContext(dir()));
    expect(file?.data.person.note).toBe('ok');
  });

  it('returns null, keeps the damaged file and reports an error when no backup is valid', async () => {
    await put(join(dir(), REL), '{"schemaVersion": 2, "person": {');
    const ctx = storeContext(dir());

    expect(await DocumentFile.open(REL, personKind, ctx)).toBeNull();
    expect(await readFile(join(dir(), ASIDE), 'utf8')).toBe('{"schemaVersion": 2, "person": {');
    expect(await listNames(join(dir(), 'people'))).toEqual([]);
    expect(ctx.notices.list()).toEqual([
      expect.objectContaining({
        level: 'error',
        title: 'A damaged person file could not be restored',
      }),
    ]);
  });

  it('treats a JSON value that is not an object as damaged', async () => {
    await put(join(dir(), REL), '[1, 2, 3]');
    const ctx = storeContext(dir());
    expect(await DocumentFile.open(REL, personKind, ctx)).toBeNull();
    expect(ctx.notices.list()[0]?.message).toContain('does not hold a JSON object');
  });

  it('treats a file without schemaVersion as damaged', async () => {
    const { schemaVersion: _drop, ...noVersion } = personDocument();
    await put(join(dir(), REL), json(noVersion));
    const ctx = storeContext(dir());
    expect(await DocumentFile.open(REL, personKind, ctx)).toBeNull();
    expect(ctx.notices.list()[0]?.message).toContain('has no valid schemaVersion');
  });
});

describe('DocumentFile.open on a file from a newer Coachbook', () => {
  const dir = useTempDir();

  it('refuses it with NewerVersionError and leaves its bytes and the folder untouched', async () => {
    const future = json({ ...personDocument(), schemaVersion: 99, extra: { kept: true } });
    await put(join(dir(), REL), future);
    const ctx = storeContext(dir());

    const opening = DocumentFile.open(REL, personKind, ctx, () => personDocument());
    await expect(opening).rejects.toBeInstanceOf(NewerVersionError);
    await expect(opening).rejects.toMatchObject({ code: 'newer_version' });
    expect(await readFile(join(dir(), REL), 'utf8')).toBe(future);
    expect(await listTree(dir())).toEqual([REL]);
    expect(ctx.notices.list()).toEqual([]);
  });
});
