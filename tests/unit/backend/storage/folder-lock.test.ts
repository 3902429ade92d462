import { spawn, type ChildProcess } from 'node:child_process';
import { readFile, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  FolderInUseError,
  FolderLock,
  LOCK_FILE,
  type LockIdentity,
} from '../../../../electron/backend/storage/folder-lock';
import { nodeFs } from '../../../../electron/backend/storage/fs';
import { startFailure } from '../../../../electron/main/start-failure';
import { startBackend } from '../../helpers/backend';
import { fixedClock, personInput } from '../../helpers/people';
import { listTree, useTempDir } from '../../helpers/temp-dir';

const acquire = (dir: string, identity?: LockIdentity, onHandOver?: () => Promise<void>) =>
  FolderLock.acquire(dir, { fs: nodeFs, clock: fixedClock, identity, onHandOver });

const lockOf = (pid: number, host = hostname()) =>
  `${JSON.stringify({ pid, host, startedAt: '2026-11-18T08:00:00.000Z', token: 'abc' })}\n`;

/** A process that is alive for the length of a test: another Coachbook, as far as a lock sees. */
let child: ChildProcess | null = null;
function liveProcess(): number {
  child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  return child.pid!;
}
afterEach(() => {
  child?.kill();
  child = null;
});

describe('FolderLock', () => {
  const dir = useTempDir();

  it('writes the lock file with the process id and host, and removes it on release', async () => {
    const lock = await acquire(dir());
    const owner = JSON.parse(await readFile(join(dir(), LOCK_FILE), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(owner).toMatchObject({ pid: process.pid, host: hostname() });
    await lock.release();
    expect(await listTree(dir())).toEqual([]);
  });

  it('refuses a folder held by a live process on this host, naming it, and changes nothing', async () => {
    const pid = liveProcess();
    await writeFile(join(dir(), LOCK_FILE), lockOf(pid));
    const refused = acquire(dir());
    await expect(refused).rejects.toBeInstanceOf(FolderInUseError);
    await expect(refused).rejects.toThrow(
      `This data folder is in use by Coachbook (process ${pid} on ${hostname()}`,
    );
    expect(await readFile(join(dir(), LOCK_FILE), 'utf8')).toBe(lockOf(pid));
  });

  it('takes over the lock of a process that is no longer running on this host', async () => {
    const pid = liveProcess();
    child!.kill();
    await new Promise((resolve) => child!.once('exit', resolve));
    await writeFile(join(dir(), LOCK_FILE), lockOf(pid));
    const events = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    const lock = await FolderLock.acquire(dir(), { fs: nodeFs, clock: fixedClock, events });
    expect(JSON.parse(await readFile(join(dir(), LOCK_FILE), 'utf8'))).toMatchObject({
      pid: process.pid,
    });
    expect(events.warn).toHaveBeenCalledWith('storage:lockTakenOver', {});
    await lock.release();
  });

  it('puts back a fresh lock another opener wrote while it was taking over a stale one', async () => {
    const dead = 999_998;
    const alive = liveProcess();
    await writeFile(join(dir(), LOCK_FILE), lockOf(dead));
    const identity: LockIdentity = {
      pid: process.pid,
      host: hostname(),
      isAlive: (pid) => pid === alive,
    };
    // Between reading the stale lock and moving it away, another Coachbook takes the folder.
    let raced = false;
    const racing = {
      ...nodeFs,
      rename: async (
        from: Parameters<typeof nodeFs.rename>[0],
        to: Parameters<typeof nodeFs.rename>[1],
      ) => {
        if (!raced && String(from) === join(dir(), LOCK_FILE)) {
          raced = true;
          await nodeFs.unlink(from);
          await writeFile(join(dir(), LOCK_FILE), lockOf(alive));
        }
        return nodeFs.rename(from, to);
      },
    };
    const opening = FolderLock.acquire(dir(), { fs: racing, clock: fixedClock, identity });
    await expect(opening).rejects.toThrow(`process ${alive} on ${hostname()}`);
    expect(raced).toBe(true);
    expect(await readFile(join(dir(), LOCK_FILE), 'utf8')).toBe(lockOf(alive));
    expect(await listTree(dir())).toEqual([LOCK_FILE]);
  });

  it('never takes over a lock from another host, which it cannot check', async () => {
    await writeFile(join(dir(), LOCK_FILE), lockOf(999_999, 'other-laptop'));
    await expect(acquire(dir())).rejects.toThrow(/process 999999 on other-laptop/);
  });

  it('judges an unreadable lock by its age: fresh is another opener writing it, old is stale', async () => {
    await writeFile(join(dir(), LOCK_FILE), '');
    await utimes(join(dir(), LOCK_FILE), fixedClock(), fixedClock());
    await expect(acquire(dir())).rejects.toThrow(/another Coachbook, which is starting/);
    const minuteAgo = new Date(fixedClock().getTime() - 60_000);
    await utimes(join(dir(), LOCK_FILE), minuteAgo, minuteAgo);
    await (await acquire(dir())).release();
  });

  it('hands the folder over within one process (a restart): the earlier holder flushes first', async () => {
    const handOver = vi.fn(async () => undefined);
    await acquire(dir(), undefined, handOver);
    const later = await acquire(dir());
    expect(handOver).toHaveBeenCalledOnce();
    await later.release();
    expect(await listTree(dir())).toEqual([]);
  });
});

describe('a second Coachbook on the same folder', () => {
  const dir = useTempDir();

  it('opens nothing and writes nothing, with a message that says who holds the folder', async () => {
    const pid = liveProcess();
    await writeFile(join(dir(), LOCK_FILE), lockOf(pid));
    const opening = startBackend(dir());
    await expect(opening).rejects.toBeInstanceOf(FolderInUseError);
    expect(await listTree(dir())).toEqual([LOCK_FILE]);

    const shown = startFailure(await opening.catch((e: unknown) => e), dir());
    expect(shown.title).toBe('Coachbook is already open on this data folder');
    expect(shown.message).toContain(`process ${pid} on ${hostname()}`);
    expect(shown.message).toContain(`Data folder: ${dir()}`);
  });

  it('an earlier backend in the same process stops saving once a later one opens', async () => {
    const first = await startBackend(dir());
    const second = await startBackend(dir());
    const answer = await first.invoke('people:create', personInput());
    expect(answer).toMatchObject({
      ok: false,
      error: {
        code: 'storage',
        message: expect.stringContaining('opened again on this data folder'),
      },
    });
    const created = await second.invoke('people:create', personInput());
    expect(created.ok).toBe(true);
    await second.close();
    expect(await listTree(dir())).not.toContain(LOCK_FILE);
  });
});
