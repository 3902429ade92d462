import { mkdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { personKind } from '../../../../electron/backend/people/person-kind';
import { DocumentFile } from '../../../../electron/backend/storage/document-file';
import { finishJournal } from '../../../../electron/backend/storage/journal';
import type { AppInfo } from '../../../../shared/ipc/channels/app';
import type { PersonView } from '../../../../shared/ipc/channels/people';
import type { PersonDocument } from '../../../../shared/model/documents';
import { startBackend, valueOf } from '../../helpers/backend';
import { DISK_FULL, faultyFs, READ_ONLY } from '../../helpers/faulty-fs';
import { makeMeeting } from '../../helpers/records';
import { backupPath, personDocument, readJson, storeContext } from '../../helpers/store';
import { listNames, useTempDir } from '../../helpers/temp-dir';
import { nodeFs } from '../../../../electron/backend/storage/fs';

const REL = 'people/p-1.json';
const ASIDE = 'damaged/people__p-1.json.20261118T090000.json';
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

async function put(path: string, content: string, takenAt?: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content);
  if (takenAt) await utimes(path, new Date(takenAt), new Date(takenAt));
}

const backupOf = (
  dir: string,
  note: string,
  folder = 'daily/2026-11-17',
  at = '2026-11-17T09:00:00',
) => put(backupPath(dir, folder, REL), json(personDocument({ note })), at);

const open = (dir: string, fs = nodeFs) =>
  DocumentFile.open<PersonDocument>(REL, personKind, storeContext(dir, undefined, fs));

describe('a person file holding JSON null, or starting with a byte-order mark', () => {
  const dir = useTempDir();

  it('treats null as damaged: set aside, backup restored, the lead told', async () => {
    await backupOf(dir(), 'from backup');
    await put(join(dir(), REL), 'null');
    const ctx = storeContext(dir());
    const file = await DocumentFile.open<PersonDocument>(REL, personKind, ctx);
    expect(file?.data.person.note).toBe('from backup');
    expect(await readFile(join(dir(), ASIDE), 'utf8')).toBe('null');
    expect(ctx.notices.list()[0]).toMatchObject({ title: 'A damaged person file was restored' });
    expect(ctx.notices.list()[0]!.message).toContain('does not hold a JSON object');
  });

  it('tells the lead about a null file with no backup instead of dropping the person silently', async () => {
    await put(join(dir(), REL), 'null');
    const backend = await startBackend(dir());
    const info = valueOf<AppInfo>(await backend.invoke('app:info', undefined));
    expect(info.notices.map((n) => n.title)).toEqual([
      'A damaged person file could not be restored',
    ]);
    expect(await listNames(join(dir(), 'damaged'))).toHaveLength(1);
  });

  it('reads a file that starts with a UTF-8 byte-order mark, as it is', async () => {
    await put(join(dir(), REL), `\uFEFF${json(personDocument({ note: 'édité' }))}`);
    const ctx = storeContext(dir());
    const file = await DocumentFile.open<PersonDocument>(REL, personKind, ctx);
    expect(file?.data.person.note).toBe('édité');
    expect(ctx.notices.list()).toEqual([]);
    expect(await listNames(join(dir(), 'damaged'))).toEqual([]);
  });
});

describe('a recovery on a full disk', () => {
  const dir = useTempDir();

  it('writes the restored copy first: when it cannot, the damaged file stays, and the lead is told why', async () => {
    await backupOf(dir(), 'from backup');
    await put(join(dir(), REL), '{"schemaVersion": 4, "pers');
    const faults = faultyFs();
    faults.fail(DISK_FULL);
    const ctx = storeContext(dir(), undefined, faults.fs);
    const file = await DocumentFile.open<PersonDocument>(REL, personKind, ctx);

    // Shown from the valid backup; the damaged file is exactly where and as it was.
    expect(file?.data.person.note).toBe('from backup');
    expect(await readFile(join(dir(), REL), 'utf8')).toBe('{"schemaVersion": 4, "pers');
    expect(await listNames(join(dir(), 'damaged'))).toEqual([]);
    const [notice] = ctx.notices.list().filter((n) => n.dismissible !== false);
    expect(notice).toMatchObject({
      level: 'error',
      title: 'A damaged person file could not be restored yet',
    });
    expect(notice!.message).toContain('Its daily 2026-11-17 backup is valid');
    expect(notice!.message).toContain(
      'could not write the restored copy: the disk is full (ENOSPC)',
    );
    expect(notice!.message).not.toContain('no valid backup');

    // Space again: the next save finishes the restore first, then saves.
    faults.heal();
    await file!.update((doc) => {
      doc.person.role = 'Lead';
    });
    expect(await readFile(join(dir(), ASIDE), 'utf8')).toBe('{"schemaVersion": 4, "pers');
    expect(await readJson(join(dir(), REL))).toMatchObject({
      person: { note: 'from backup', role: 'Lead' },
    });
    expect(ctx.notices.list().map((n) => n.title)).toEqual(['A damaged person file was restored']);
  });

  it('keeps the person through restarts on a full disk, and restores them once it can', async () => {
    const id = '0b7e3f4c-5d6a-4b8c-9d0e-1f2a3b4c5d6e';
    const rel = `people/${id}.json`;
    await put(
      backupPath(dir(), 'daily/2026-11-17', rel),
      json(personDocument({ id })),
      '2026-11-17T09:00:00',
    );
    await put(join(dir(), rel), 'torn{');
    const faults = faultyFs();
    faults.fail(DISK_FULL);
    for (let start = 0; start < 2; start++) {
      const backend = await startBackend(dir(), { fs: faults.fs });
      const people = valueOf<PersonView[]>(await backend.invoke('people:list', undefined));
      expect(people.map((p) => p.person.id)).toEqual([id]);
      const info = valueOf<AppInfo>(await backend.invoke('app:info', undefined));
      expect(info.notices.map((n) => n.title)).toContain(
        'A damaged person file could not be restored yet',
      );
      await backend.close();
    }
    faults.heal();
    const backend = await startBackend(dir(), { fs: faults.fs });
    expect(await readJson(join(dir(), rel))).toEqual(personDocument({ id }));
    const titles = valueOf<AppInfo>(await backend.invoke('app:info', undefined)).notices.map(
      (n) => n.title,
    );
    // The earlier "could not be restored yet" notice is replaced by what happened in the end.
    expect(titles).toEqual(['A damaged person file was restored']);
  });

  it('never writes a new file over a damaged one it could not set aside', async () => {
    await put(join(dir(), REL), 'torn{');
    const faults = faultyFs();
    faults.fail(READ_ONLY);
    const ctx = storeContext(dir(), undefined, faults.fs);
    const file = await DocumentFile.open<PersonDocument>(REL, personKind, ctx, () =>
      personDocument({ note: 'new' }),
    );
    expect(await readFile(join(dir(), REL), 'utf8')).toBe('torn{');
    expect(ctx.notices.list().map((n) => n.title)).toContain(
      'A damaged person file could not be set aside',
    );

    faults.heal();
    await file!.update((doc) => {
      doc.person.role = 'Lead';
    });
    expect(await readFile(join(dir(), ASIDE), 'utf8')).toBe('torn{');
    expect(await readJson(join(dir(), REL))).toMatchObject({
      person: { note: 'new', role: 'Lead' },
    });
  });

  it('is finished at the next start wherever a crash interrupted it', async () => {
    const counting = faultyFs();
    await backupOf(join(dir(), 'count'), 'from backup');
    await put(join(dir(), 'count', REL), 'torn{');
    await open(join(dir(), 'count'), counting.fs);
    const steps = counting.calls.length;

    for (let crashAt = 0; crashAt < steps; crashAt++) {
      const folder = join(dir(), `crash-${crashAt}`);
      await backupOf(folder, 'from backup');
      await put(join(folder, REL), 'torn{');
      const faults = faultyFs();
      faults.crashAfter(crashAt);
      await open(folder, faults.fs).catch(() => null);

      await finishJournal(folder, nodeFs);
      const file = await open(folder);
      expect(file?.data.person.note, `crash after ${crashAt} calls`).toBe('from backup');
      expect(await readJson(join(folder, REL))).toEqual(personDocument({ note: 'from backup' }));
      const damaged = await listNames(join(folder, 'damaged'));
      expect(damaged).toHaveLength(1);
      expect(await readFile(join(folder, 'damaged', damaged[0]!), 'utf8')).toBe('torn{');
    }
  }, 60_000);

  it('finishes a restore an earlier version left half done (file moved aside, backup never written)', async () => {
    const id = '0b7e3f4c-5d6a-4b8c-9d0e-1f2a3b4c5d6e';
    const rel = `people/${id}.json`;
    await put(
      backupPath(dir(), 'daily/2026-11-17', rel),
      json(personDocument({ id })),
      '2026-11-17T09:00:00',
    );
    await put(join(dir(), 'damaged', `people__${id}.json.20261117T090000.json`), 'torn{');
    await mkdir(join(dir(), 'people'), { recursive: true });
    const backend = await startBackend(dir());
    const people = valueOf<PersonView[]>(await backend.invoke('people:list', undefined));
    expect(people.map((p) => p.person.id)).toEqual([id]);
    const info = valueOf<AppInfo>(await backend.invoke('app:info', undefined));
    expect(info.notices.map((n) => n.title)).toEqual(['A restore left unfinished was completed']);
  });
});

describe('which backup a restore takes', () => {
  const dir = useTempDir();

  it('takes the newest by when it was taken: a newer weekly copy beats an older daily one', async () => {
    await backupOf(dir(), 'old day', 'daily/2026-10-01', '2026-10-01T09:00:00');
    await backupOf(dir(), 'this week', 'weekly/2026-W47', '2026-11-16T09:00:00');
    await put(join(dir(), REL), 'torn{');
    expect((await open(dir()))?.data.person.note).toBe('this week');
  });

  it('never takes a copy dated in the future (a wrong clock) before a real one', async () => {
    await backupOf(dir(), 'wrong clock', 'daily/2027-06-01', '2027-06-01T09:00:00');
    await backupOf(dir(), 'yesterday', 'daily/2026-11-17', '2026-11-17T09:00:00');
    await put(join(dir(), REL), 'torn{');
    expect((await open(dir()))?.data.person.note).toBe('yesterday');
  });
});

describe('a file where only part is damaged', () => {
  const dir = useTempDir();

  it('keeps the rest and sets aside only the entry over a limit, saying exactly which', async () => {
    await backupOf(dir(), 'backup: would lose the 1:1 of the 17th');
    const doc = personDocument({ note: 'current' });
    doc.meetings = [
      makeMeeting({ id: 'm-1', occurrence: '2026-11-10', at: '2026-11-10T10:00' }),
      makeMeeting({
        id: 'm-2',
        occurrence: '2026-11-17',
        at: '2026-11-17T10:00',
        notes: 'x'.repeat(100_001),
      }),
      makeMeeting({ id: 'm-3', occurrence: '2026-11-24', at: '2026-11-24T10:00' }),
    ];
    const text = json(doc);
    await put(join(dir(), REL), text);
    const ctx = storeContext(dir());
    const file = await DocumentFile.open<PersonDocument>(REL, personKind, ctx);

    expect(file?.data.person.note).toBe('current');
    expect(file?.data.meetings.map((m) => m.id)).toEqual(['m-1', 'm-3']);
    expect(await readFile(join(dir(), ASIDE), 'utf8')).toBe(text);
    const [notice] = ctx.notices.list();
    expect(notice).toMatchObject({ title: 'Part of a damaged person file was set aside' });
    expect(notice!.message).toMatch(/set aside a 1:1 of 2026-11-17 \(notes: [^)]*100000/);
  });

  it('removes a stray control byte and keeps everything else, saying where it was', async () => {
    await backupOf(dir(), 'backup');
    const text = json(personDocument({ note: 'Kept every word' })).replace(
      'Kept every',
      'Kept\u0007 every',
    );
    await put(join(dir(), REL), text);
    const ctx = storeContext(dir());
    const file = await DocumentFile.open<PersonDocument>(REL, personKind, ctx);

    expect(file?.data).toEqual(personDocument({ note: 'Kept every word' }));
    const line = text.split('\n').findIndex((l) => l.includes('\u0007')) + 1;
    expect(ctx.notices.list()[0]!.message).toContain(`1 stray byte (0x07 at line ${line}, column`);
    expect(await readFile(join(dir(), ASIDE), 'utf8')).toBe(text);
  });

  it('restores the whole file when the person record itself is invalid', async () => {
    await backupOf(dir(), 'from backup');
    const doc = personDocument();
    await put(join(dir(), REL), json({ ...doc, person: { ...doc.person, name: '' } }));
    expect((await open(dir()))?.data.person.note).toBe('from backup');
  });
});
