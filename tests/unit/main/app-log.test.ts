import { EventEmitter } from 'node:events';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { App } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { logAppLifecycle, logFolderHost, resolveLogDir } from '../../../electron/main/app-log';
import { useTempDir } from '../helpers/temp-dir';
import { app, resetFakeElectron, shell } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

function spyLog() {
  return { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
}

function fakeProcess() {
  return Object.assign(new EventEmitter(), { platform: 'linux' as NodeJS.Platform });
}

describe('logAppLifecycle', () => {
  beforeEach(() => resetFakeElectron());

  it('logs startup with the version and platform, and quit', () => {
    const log = spyLog();
    logAppLifecycle(app as unknown as App, log, fakeProcess() as unknown as NodeJS.Process);
    expect(log.info).toHaveBeenCalledWith('app:started', { version: '0.1.0', platform: 'linux' });
    app.emit('will-quit');
    expect(log.info).toHaveBeenLastCalledWith('app:quit');
  });

  it('logs a renderer process that died, with its reason and exit code', () => {
    const log = spyLog();
    logAppLifecycle(app as unknown as App, log, fakeProcess() as unknown as NodeJS.Process);
    app.emit('render-process-gone', {}, {}, { reason: 'crashed', exitCode: 139 });
    expect(log.error).toHaveBeenCalledWith('renderer:gone', { kind: 'crashed', exitCode: 139 });
  });

  it("logs the main process's uncaught errors without taking over their handling", () => {
    const log = spyLog();
    const proc = fakeProcess();
    logAppLifecycle(app as unknown as App, log, proc as unknown as NodeJS.Process);
    expect(proc.listenerCount('uncaughtException')).toBe(0);

    const crash = new Error('boom');
    proc.emit('uncaughtExceptionMonitor', crash, 'uncaughtException');
    expect(log.error).toHaveBeenCalledWith(
      'main:uncaughtException',
      { kind: 'uncaughtException' },
      crash,
    );

    const printed = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    proc.emit('unhandledRejection', 'nope');
    expect(log.error).toHaveBeenCalledWith('main:unhandledRejection', {}, 'nope');
    expect(printed).toHaveBeenCalledOnce();
    printed.mockRestore();
  });
});

describe('logFolderHost', () => {
  const dir = useTempDir();
  beforeEach(() => resetFakeElectron());

  it('creates the folder and opens it with shell.openPath', async () => {
    const logs = join(dir(), 'logs');
    const host = logFolderHost(shell, logs);
    expect(host.path).toBe(logs);
    expect(await host.open()).toEqual({ ok: true });
    expect((await stat(logs)).isDirectory()).toBe(true);
    expect(shell.openPath).toHaveBeenCalledWith(logs);
  });

  it("answers the system's reason when it cannot open it", async () => {
    shell.openPath.mockResolvedValueOnce('Failed to open path');
    const host = logFolderHost(shell, dir());
    expect(await host.open()).toEqual({ ok: false, message: 'Failed to open path' });
  });
});

describe('resolveLogDir', () => {
  it('uses an absolute COACHBOOK_LOG_DIR, else the app logs folder', () => {
    expect(resolveLogDir({ COACHBOOK_LOG_DIR: '/tmp/logs' }, '/os/logs')).toBe('/tmp/logs');
    expect(resolveLogDir({ COACHBOOK_LOG_DIR: 'relative' }, '/os/logs')).toBe('/os/logs');
    expect(resolveLogDir({}, '/os/logs')).toBe('/os/logs');
  });
});
