import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { mkdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { Notices, NOTICES_FILE } from '../../../../electron/backend/app/notices';
import type { AppInfo } from '../../../../shared/ipc/channels/app';
import { startBackend, valueOf } from '../../helpers/backend';
import { DISK_FULL, faultyFs } from '../../helpers/faulty-fs';
import { fixedClock } from '../../helpers/people';
import { useTempDir } from '../../helpers/temp-dir';

const restored = { level: 'warning' as const, title: 'A file was restored', message: 'Details.' };

describe('Notices', () => {
  const dir = useTempDir();

  it('keeps notices in the data folder until they are dismissed', async () => {
    const first = new Notices(fixedClock, { dataDir: dir() });
    const notice = first.add(restored);
    await first.flush();

    const again = new Notices(fixedClock, { dataDir: dir() });
    await again.load();
    expect(again.list()).toEqual([notice]);
    expect(again.add(restored).id).toBe('notice-2');
    expect(again.dismiss(notice.id)).toBe(true);
    await again.flush();

    const third = new Notices(fixedClock, { dataDir: dir() });
    await third.load();
    expect(third.list().map((n) => n.id)).toEqual(['notice-2']);
  });

  it('replaces the notice about the same thing instead of piling up one per start', () => {
    const notices = new Notices(fixedClock);
    notices.add({ ...restored, message: 'first' }, 'recovery:people/p-1.json');
    notices.add({ ...restored, message: 'second' }, 'recovery:people/p-1.json');
    expect(notices.list().map((n) => n.message)).toEqual(['second']);
    notices.resolve('recovery:people/p-1.json');
    expect(notices.list()).toEqual([]);
  });

  it('shows a live notice first, never keeps it and never lets it be dismissed', async () => {
    const notices = new Notices(fixedClock, { dataDir: dir() });
    notices.add(restored);
    notices.setLive('storage', { level: 'error', title: 'Cannot save', message: 'Disk full.' });
    expect(notices.list().map((n) => [n.id, n.dismissible])).toEqual([
      ['live-storage', false],
      ['notice-1', undefined],
    ]);
    expect(notices.dismiss('live-storage')).toBe(false);
    await notices.flush();
    expect(await readFile(join(dir(), NOTICES_FILE), 'utf8')).not.toContain('Cannot save');
    notices.clearLive('storage');
    expect(notices.list()).toHaveLength(1);
  });

  it('keeps showing what a full disk would not let it write, and writes it once it can', async () => {
    const faults = faultyFs();
    faults.fail(DISK_FULL);
    const notices = new Notices(fixedClock, { dataDir: dir(), fs: faults.fs });
    notices.add(restored);
    await notices.flush();
    expect(notices.list()).toHaveLength(1);
    faults.heal();
    await notices.retry();
    expect(JSON.parse(await readFile(join(dir(), NOTICES_FILE), 'utf8'))).toMatchObject({
      notices: [expect.objectContaining({ title: 'A file was restored' })],
    });
  });

  it('says so when the kept notices cannot be read, and sets the file aside before writing', async () => {
    const damaged = '{"version": 1, "notices": [';
    await writeFile(join(dir(), NOTICES_FILE), damaged);
    const notices = new Notices(fixedClock, { dataDir: dir() });
    await notices.load();
    expect(notices.list().map((n) => n.title)).toEqual(['Earlier notices could not be read']);
    await notices.flush();
    const aside = join(dir(), 'damaged', `${NOTICES_FILE}.20261118T090000.json`);
    expect(notices.list()[0]!.message).toContain(aside);
    expect(await readFile(aside, 'utf8')).toBe(damaged);
    expect(JSON.parse(await readFile(join(dir(), NOTICES_FILE), 'utf8'))).toMatchObject({
      notices: [expect.objectContaining({ title: 'Earlier notices could not be read' })],
    });
  });

  it('keeps a notice longer than the file allows (cut), and the others, across a restart', async () => {
    const first = new Notices(fixedClock, { dataDir: dir() });
    first.add(restored);
    first.add({ ...restored, title: 'T'.repeat(600), message: 'm'.repeat(6000) });
    await first.flush();

    const again = new Notices(fixedClock, { dataDir: dir() });
    await again.load();
    const [kept, long] = again.list();
    expect(kept).toMatchObject(restored);
    expect(long!.title).toHaveLength(500);
    expect(long!.message).toHaveLength(5000);
    expect(long!.message.endsWith('…')).toBe(true);
  });

  it('loses only the notice that cannot be read, and keeps the file as it was', async () => {
    const good = { id: 'notice-4', level: 'error', title: 'Kept', message: 'Yes.', at: 'x' };
    const text = JSON.stringify({
      version: 1,
      notices: [good, { id: 'notice-5', level: 'success', title: 'Newer level' }],
    });
    await writeFile(join(dir(), NOTICES_FILE), text);
    const notices = new Notices(fixedClock, { dataDir: dir() });
    await notices.load();
    expect(notices.list().map((n) => [n.id, n.title])).toEqual([
      ['notice-4', 'Kept'],
      ['notice-5', 'Some earlier notices could not be read'],
    ]);
    await notices.flush();
    expect(
      await readFile(join(dir(), 'damaged', `${NOTICES_FILE}.20261118T090000.json`), 'utf8'),
    ).toBe(text);
  });

  it('never writes over a notices file it could not read', async () => {
    await writeFile(join(dir(), NOTICES_FILE), '{"version": 1, "notices": []}');
    const faults = faultyFs();
    faults.fail({ ops: ['readFile'], path: /notices\.json$/, code: 'EIO' });
    const notices = new Notices(fixedClock, { dataDir: dir(), fs: faults.fs });
    await notices.load();
    expect(notices.list()[0]!.message).toContain('the disk reported a read or write error, EIO');
    await notices.flush();
    expect(
      await readFile(join(dir(), 'damaged', `${NOTICES_FILE}.20261118T090000.json`), 'utf8'),
    ).toBe('{"version": 1, "notices": []}');
  });
});

describe('notices across a restart of the backend', () => {
  const dir = useTempDir();

  it('are still there after a restart, until the lead dismisses them', async () => {
    await mkdir(join(dir(), 'people'));
    await writeFile(join(dir(), 'people', 'p-1.json'), '{"schemaVersion": 2,');
    const info = async (b: Awaited<ReturnType<typeof startBackend>>) =>
      valueOf<AppInfo>(await b.invoke('app:info', undefined)).notices;

    const first = await startBackend(dir());
    const [notice] = await info(first);
    expect(notice?.title).toBe('A damaged person file could not be restored');
    await first.close();

    const second = await startBackend(dir());
    expect(await info(second)).toEqual([notice]);
    valueOf(await second.invoke('app:dismissNotice', { id: notice!.id }));
    await second.close();

    const third = await startBackend(dir());
    expect(await info(third)).toEqual([]);
  });
});
