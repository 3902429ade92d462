import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Backend } from '../../../../electron/backend/create-backend';
import type { EventLog } from '../../../../electron/backend/logging/event-log';
import type { AppInfo } from '../../../../shared/ipc/channels/app';
import type { PersonView } from '../../../../shared/ipc/channels/people';
import { createPerson, errorOf, startBackend, valueOf } from '../../helpers/backend';
import { DISK_FULL, faultyFs, READ_ONLY } from '../../helpers/faulty-fs';
import { personInput } from '../../helpers/people';
import { listTree, useTempDir } from '../../helpers/temp-dir';

const YESTERDAY = () => new Date('2026-11-17T09:00:00');

/** Every file of the folder with its content: what "nothing was written" is checked against. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const files = await listTree(dir);
  return Object.fromEntries(
    await Promise.all(files.map(async (f) => [f, await readFile(join(dir, f), 'utf8')] as const)),
  );
}

const info = async (backend: Backend) =>
  valueOf<AppInfo>(await backend.invoke('app:info', undefined));

const recordingLog = () => ({ info: vi.fn(), warn: vi.fn(), error: vi.fn() }) satisfies EventLog;

/** Sam Lee, added yesterday by a backend that was then closed: today's backup is not made yet. */
async function seedYesterday(dir: string): Promise<string> {
  const backend = await startBackend(dir, { clock: YESTERDAY });
  const { person } = await createPerson(backend);
  await backend.close();
  return person.id;
}

describe('a full disk or a read-only folder at start (new day, backup due)', () => {
  const dir = useTempDir();

  it('opens read-only with a banner, refuses edits with the cause, and writes nothing', async () => {
    const id = await seedYesterday(dir());
    const before = await snapshot(dir());
    const faults = faultyFs();
    faults.fail(DISK_FULL);

    const backend = await startBackend(dir(), { fs: faults.fs });

    const people = valueOf<PersonView[]>(await backend.invoke('people:list', undefined));
    expect(people.map((p) => p.person.name)).toEqual(['Sam Lee']);
    const [banner] = (await info(backend)).notices;
    expect(banner).toMatchObject({
      level: 'error',
      title: 'Coachbook cannot save: the disk is full',
      dismissible: false,
    });
    expect(banner!.message).toContain('read-only');
    expect(valueOf(await backend.invoke('app:dismissNotice', { id: banner!.id }))).toEqual({
      dismissed: false,
    });

    const refused = errorOf(
      await backend.invoke('people:update', { id, changes: personInput({ role: 'Lead' }) }),
    );
    expect(refused.code).toBe('storage');
    expect(refused.message).toMatch(
      /^Coachbook cannot save: the disk is full \(ENOSPC\)\. Nothing was changed\. Free some space/,
    );
    const added = errorOf(await backend.invoke('people:create', personInput({ name: 'Ana Ruiz' })));
    expect(added.message).toContain('the disk is full (ENOSPC)');
    expect(valueOf<PersonView[]>(await backend.invoke('people:list', undefined))).toHaveLength(1);
    expect(await snapshot(dir())).toEqual(before);
  });

  it('recovers by itself once space is free: the next edit saves and the banner goes', async () => {
    const id = await seedYesterday(dir());
    const faults = faultyFs();
    faults.fail(DISK_FULL);
    const backend = await startBackend(dir(), { fs: faults.fs });
    expect((await info(backend)).notices).toHaveLength(1);

    faults.heal();
    const saved = valueOf<PersonView>(
      await backend.invoke('people:update', { id, changes: personInput({ role: 'Lead' }) }),
    );
    expect(saved.person.role).toBe('Lead');
    expect((await info(backend)).notices).toEqual([]);
    // The lock it could not take at start is held now, and today's backup has the old state.
    expect(await listTree(dir())).toEqual(
      expect.arrayContaining(['coachbook.lock', `backups/daily/2026-11-18/people/${id}.json`]),
    );
    const backup = JSON.parse(
      await readFile(join(dir(), `backups/daily/2026-11-18/people/${id}.json`), 'utf8'),
    ) as { person: { role: string } };
    expect(backup.person.role).not.toBe('Lead');
    await backend.close();
  });

  it('recovers by itself with no edit at all: the banner goes after the next look', async () => {
    const id = await seedYesterday(dir());
    const faults = faultyFs();
    faults.fail(DISK_FULL);
    // Only the store's periodic look (every 30 s) runs on a fake clock.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const backend = await startBackend(dir(), { fs: faults.fs });
      expect((await info(backend)).notices.map((n) => n.title)).toEqual([
        'Coachbook cannot save: the disk is full',
      ]);
      vi.advanceTimersByTime(30_000);
      await vi.waitFor(async () => expect((await info(backend)).notices).toHaveLength(1));

      faults.heal();
      vi.advanceTimersByTime(30_000);
      await vi.waitFor(async () => expect((await info(backend)).notices).toEqual([]));
      // The lock it could not take at start is taken, before any edit was asked for; the day's
      // backup is made before the first write.
      expect(await listTree(dir())).toContain('coachbook.lock');
      valueOf(await backend.invoke('people:archive', { id }));
      expect(await listTree(dir())).toContain(`backups/daily/2026-11-18/people/${id}.json`);
      await backend.close();
    } finally {
      vi.useRealTimers();
    }
  });

  it('calls a read-only folder read-only, even when mkdir of the day folder says ENOENT', async () => {
    const id = await seedYesterday(dir());
    const faults = faultyFs();
    // Node's recursive mkdir reports ENOENT on some read-only mounts.
    faults.fail({ ops: ['mkdir'], path: /backups/, code: 'ENOENT' });
    faults.fail(READ_ONLY);
    const backend = await startBackend(dir(), { fs: faults.fs });

    expect((await info(backend)).notices[0]?.title).toBe(
      'Coachbook cannot save: the data folder is read-only',
    );
    const refused = errorOf(await backend.invoke('people:archive', { id }));
    expect(refused.message).toMatch(
      /^Coachbook cannot save: the data folder is read-only \(EROFS\)/,
    );
  });

  it('calls a folder without write permission (EACCES) read-only too', async () => {
    const id = await seedYesterday(dir());
    const faults = faultyFs();
    faults.fail({ ...READ_ONLY, code: 'EACCES' });
    const backend = await startBackend(dir(), { fs: faults.fs });
    const refused = errorOf(await backend.invoke('people:archive', { id }));
    expect(refused.message).toMatch(
      /^Coachbook cannot save: the data folder is read-only \(EACCES\)\. Nothing was changed\./,
    );
  });
});

describe('a storage failure while running', () => {
  const dir = useTempDir();

  it('answers a save at midnight on a full disk with the cause, not "Something went wrong"', async () => {
    let now = new Date('2026-11-17T23:59:00');
    const faults = faultyFs();
    const eventLog = recordingLog();
    const backend = await startBackend(dir(), { clock: () => now, fs: faults.fs, eventLog });
    const { person } = await createPerson(backend);
    const file = join(dir(), 'people', `${person.id}.json`);
    const before = await readFile(file, 'utf8');

    now = new Date('2026-11-18T00:00:30');
    faults.fail(DISK_FULL);
    const error = errorOf(await backend.invoke('people:archive', { id: person.id }));

    expect(error.code).toBe('storage');
    expect(error.message).toContain('the disk is full (ENOSPC). Nothing was changed.');
    expect(await readFile(file, 'utf8')).toBe(before);
    const view = valueOf<PersonView>(await backend.invoke('people:get', { id: person.id }));
    expect(view.person.status).toBe('active');
    expect(eventLog.warn).toHaveBeenCalledWith('storage:readOnly', { code: 'ENOSPC' });
    expect(eventLog.error).toHaveBeenCalledWith(
      'ipc:failed',
      expect.objectContaining({ channel: 'people:archive', code: 'storage' }),
    );
  });

  it('names the cause of a failure of one file and stays writable for the others', async () => {
    const faults = faultyFs();
    const backend = await startBackend(dir(), { fs: faults.fs });
    const sam = await createPerson(backend);
    const ana = await createPerson(backend, { name: 'Ana Ruiz' });
    faults.fail({
      ops: ['rename'],
      path: new RegExp(`${sam.person.id}\\.json\\.[0-9a-f]+\\.tmp$`),
      code: 'EBUSY',
    });

    const error = errorOf(await backend.invoke('people:archive', { id: sam.person.id }));
    expect(error.message).toBe(
      `Coachbook could not save people/${sam.person.id}.json: another program holds the file (EBUSY). Nothing was changed. Try again; if it keeps happening, restart Coachbook.`,
    );
    expect((await info(backend)).notices).toEqual([]);
    expect(valueOf(await backend.invoke('people:archive', { id: ana.person.id }))).toBeTruthy();
  });
});
