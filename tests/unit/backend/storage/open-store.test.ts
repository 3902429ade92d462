import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { NOTICES_FILE } from '../../../../electron/backend/app/notices';
import { LOCK_FILE } from '../../../../electron/backend/storage/folder-lock';
import { openStore } from '../../../../electron/backend/storage/open-store';
import { faultyFs, READ_ONLY } from '../../helpers/faulty-fs';
import { fixedClock } from '../../helpers/people';
import { listTree, useTempDir } from '../../helpers/temp-dir';

async function put(dir: string, relPath: string, content = 'x'): Promise<void> {
  await mkdir(dirname(join(dir, relPath)), { recursive: true });
  await writeFile(join(dir, relPath), content);
}

describe('openStore', () => {
  const dir = useTempDir();

  it('removes temp files of interrupted writes anywhere in the folder, and nothing else', async () => {
    const leftovers = [
      '.team.json.0a1b2c3d4e5f.tmp',
      'people/.p-1.json.00ff00ff00ff.tmp',
      'backups/daily/2026-11-17/people/.p-1.json.abcdefabcdef.tmp',
      'journal/.x.json.123456789abc.tmp',
    ];
    const kept = ['team.json', 'people/p-1.json', 'people/.my-notes.tmp', 'notes.tmp'];
    for (const file of [...leftovers, ...kept]) await put(dir(), file);
    const events = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };

    const store = await openStore({ dataDir: dir(), clock: fixedClock, events });
    expect(await listTree(dir())).toEqual([LOCK_FILE, ...kept].sort());
    expect(events.info).toHaveBeenCalledWith('storage:cleaned', { kind: 'temp' });
    await store.close();
  });

  it('rolls back a multi-file save that never got its journal record: staged copies go', async () => {
    await put(dir(), 'people/a.json', 'old a');
    await put(dir(), 'people/.a.json.0a1b2c3d4e5f.staged', 'new a');
    const store = await openStore({ dataDir: dir(), clock: fixedClock });
    expect(await listTree(dir())).toEqual([LOCK_FILE, 'people/a.json']);
    expect(await readFile(join(dir(), 'people/a.json'), 'utf8')).toBe('old a');
    await store.close();
  });

  it('finishes one that has its record, whatever was renamed before the crash', async () => {
    await put(dir(), 'people/a.json', 'new a'); // already renamed before the crash
    await put(dir(), 'people/b.json', 'old b');
    await put(dir(), 'people/.b.json.0a1b2c3d4e5f.staged', 'new b');
    const record = {
      version: 1,
      purpose: 'commit',
      renames: [
        { from: 'people/.a.json.0a1b2c3d4e5f.staged', to: 'people/a.json', replace: true },
        { from: 'people/.b.json.0a1b2c3d4e5f.staged', to: 'people/b.json', replace: true },
      ],
    };
    await put(dir(), 'journal/0a1b2c3d4e5f.json', JSON.stringify(record));
    const store = await openStore({ dataDir: dir(), clock: fixedClock });
    expect(await readFile(join(dir(), 'people/a.json'), 'utf8')).toBe('new a');
    expect(await readFile(join(dir(), 'people/b.json'), 'utf8')).toBe('new b');
    expect(await listTree(dir())).toEqual([LOCK_FILE, 'people/a.json', 'people/b.json']);
    await store.close();
  });

  it('reads the kept notices only once the folder is its own, and keeps those raised before', async () => {
    const kept = {
      id: 'notice-1',
      level: 'error',
      title: 'Kept',
      message: 'From before.',
      at: 'x',
    };
    await put(dir(), NOTICES_FILE, JSON.stringify({ version: 1, notices: [kept] }));
    // A restore a crash interrupted: finished at this start, with a notice of its own.
    await put(dir(), 'people/p-1.json', 'damaged');
    await put(dir(), 'people/.p-1.json.0a1b2c3d4e5f.staged', 'restored');
    const record = {
      version: 1,
      purpose: 'recovery',
      renames: [
        { from: 'people/p-1.json', to: 'damaged/people__p-1.json.x.json', replace: false },
        { from: 'people/.p-1.json.0a1b2c3d4e5f.staged', to: 'people/p-1.json', replace: true },
      ],
    };
    await put(dir(), 'journal/0a1b2c3d4e5f.json', JSON.stringify(record));
    await mkdir(join(dir(), 'damaged'));

    const store = await openStore({ dataDir: dir(), clock: fixedClock });
    await store.flush();
    const listed = store.ctx.notices.list().map((n) => [n.id, n.title]);
    expect(listed).toEqual([
      ['notice-1', 'Kept'],
      ['notice-2', 'An interrupted restore was finished'],
    ]);
    const onDisk = JSON.parse(await readFile(join(dir(), NOTICES_FILE), 'utf8')) as {
      notices: { id: string }[];
    };
    expect(onDisk.notices.map((n) => n.id)).toEqual(['notice-1', 'notice-2']);
    await store.close();
  });

  it('leaves a damaged notices file alone when another Coachbook holds the folder', async () => {
    const other = { pid: 4242, host: 'other-laptop', startedAt: 'x', token: 't' };
    await put(dir(), LOCK_FILE, JSON.stringify(other));
    await put(dir(), NOTICES_FILE, '{"version": 1, "noti');
    await expect(openStore({ dataDir: dir(), clock: fixedClock })).rejects.toThrow(
      /in use by Coachbook \(process 4242 on other-laptop/,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await listTree(dir())).toEqual([LOCK_FILE, NOTICES_FILE]);
    expect(await readFile(join(dir(), NOTICES_FILE), 'utf8')).toBe('{"version": 1, "noti');
  });

  it('opens a read-only folder with an unfinished save, but refuses every write until a restart', async () => {
    await put(dir(), 'journal/0a1b2c3d4e5f.json', '{"version":1,"purpose":"commit","renames":[]}');
    const faults = faultyFs();
    faults.fail(READ_ONLY);
    const store = await openStore({ dataDir: dir(), clock: fixedClock, fs: faults.fs });
    faults.heal();
    await expect(store.ctx.health.assertWritable()).rejects.toThrow(
      /restart Coachbook once the data folder can be written/,
    );
    await store.close();
  });
});
