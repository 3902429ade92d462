import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { AppInfo } from '../../../shared/ipc/channels/app';
import { errorOf, startBackend, valueOf } from '../helpers/backend';
import { useTempDir } from '../helpers/temp-dir';

describe('app:openLogFolder', () => {
  const dir = useTempDir();

  it('opens the folder the host lends, and names it in app:info', async () => {
    const open = vi.fn(async () => ({ ok: true as const }));
    const backend = await startBackend(dir(), { logFolder: { path: '/logs/coachbook', open } });
    expect(valueOf(await backend.invoke('app:openLogFolder', undefined))).toEqual({ opened: true });
    expect(open).toHaveBeenCalledOnce();
    expect(valueOf<AppInfo>(await backend.invoke('app:info', undefined)).logDir).toBe(
      '/logs/coachbook',
    );
  });

  it("passes on the system's reason when the folder does not open", async () => {
    const open = vi.fn(async () => ({ ok: false as const, message: 'No file manager.' }));
    const backend = await startBackend(dir(), { logFolder: { path: '/logs', open } });
    const error = errorOf(await backend.invoke('app:openLogFolder', undefined));
    expect(error).toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('No file manager.'),
    });
  });

  it('says plainly that there is no log folder without a host (the web host)', async () => {
    const backend = await startBackend(dir());
    const error = errorOf(await backend.invoke('app:openLogFolder', undefined));
    expect(error.code).toBe('conflict');
    expect(error.message).toContain('desktop app');
  });
});

describe('app:reportError', () => {
  const dir = useTempDir();

  it('logs the kind, error class, code and component', async () => {
    const eventLog = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    const backend = await startBackend(dir(), { eventLog });
    const report = {
      kind: 'render',
      errorName: 'TypeError',
      code: 'not_found',
      component: 'MeetingPage',
    };
    expect(valueOf(await backend.invoke('app:reportError', report))).toEqual({ logged: true });
    expect(eventLog.error).toHaveBeenCalledWith('renderer:error', {
      kind: 'render',
      errorName: 'TypeError',
      code: 'not_found',
      component: 'MeetingPage',
    });
  });

  it.each([
    { kind: 'render', errorName: 'Type Error with words' },
    { kind: 'render', errorName: 'TypeError', component: 'Priya’s page' },
    { kind: 'render', errorName: 'TypeError', message: 'anything' },
    { kind: 'console', errorName: 'TypeError' },
  ])('refuses a report that carries more than names from code: %j', async (report) => {
    const eventLog = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    const backend = await startBackend(dir(), { eventLog });
    expect(errorOf(await backend.invoke('app:reportError', report)).code).toBe('invalid_input');
    expect(eventLog.error).not.toHaveBeenCalled();
  });
});

describe('app:info and notices', () => {
  const dir = useTempDir();

  it('describes the app with the given version and platform', async () => {
    const backend = await startBackend(dir(), { appVersion: '1.2.3', platform: 'linux' });
    expect(valueOf(await backend.invoke('app:info', undefined))).toEqual({
      name: 'Coachbook',
      version: '1.2.3',
      dataDir: dir(),
      platform: 'linux',
      notices: [],
      logDir: null,
    });
  });

  it('refuses input for a channel that takes none', async () => {
    const backend = await startBackend(dir());
    expect(errorOf(await backend.invoke('app:info', { extra: 1 })).code).toBe('invalid_input');
  });

  it('tells about a damaged person file with no backup, and lets the notice be dismissed', async () => {
    await mkdir(join(dir(), 'people'));
    await writeFile(join(dir(), 'people', 'p-1.json'), '{"schemaVersion": 2,');
    const backend = await startBackend(dir());

    const info = valueOf<AppInfo>(await backend.invoke('app:info', undefined));
    expect(info.notices).toHaveLength(1);
    expect(info.notices[0]).toMatchObject({ level: 'error', id: 'notice-1' });

    expect(valueOf(await backend.invoke('app:dismissNotice', { id: 'notice-1' }))).toEqual({
      dismissed: true,
    });
    expect(valueOf(await backend.invoke('app:dismissNotice', { id: 'notice-1' }))).toEqual({
      dismissed: false,
    });
    expect(valueOf<AppInfo>(await backend.invoke('app:info', undefined)).notices).toEqual([]);
  });

  it('skips a person file from a newer version with a warning and leaves it alone', async () => {
    await mkdir(join(dir(), 'people'));
    await writeFile(join(dir(), 'people', 'p-9.json'), '{"schemaVersion": 99}');
    const backend = await startBackend(dir());
    const info = valueOf<AppInfo>(await backend.invoke('app:info', undefined));
    expect(info.notices).toEqual([
      expect.objectContaining({ level: 'warning', title: 'people/p-9.json was not opened' }),
    ]);
    expect(valueOf(await backend.invoke('people:list', undefined))).toEqual([]);
  });
});
