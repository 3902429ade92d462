import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { App } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  autostartEntry,
  autostartFile,
  execArgument,
  loginItemHost,
  startedAtLogin,
} from '../../../../electron/main/reminders/login-items';
import { useTempDir } from '../../helpers/temp-dir';
import { app, resetFakeElectron } from '../fake-electron';

vi.mock('electron', () => import('../fake-electron'));

const fakeApp = app as unknown as App;

describe('start at login on macOS and Windows', () => {
  beforeEach(() => {
    resetFakeElectron();
    app.isPackaged = true;
  });

  it.each(['darwin', 'win32'] as const)(
    'sets the login item with --hidden on %s, and reads it back',
    async (platform) => {
      const host = loginItemHost({ app: fakeApp, platform, env: {}, execPath: '/Coachbook' });
      expect(await host.state()).toEqual({ available: true, enabled: false, message: null });

      expect(await host.set(true)).toEqual({ ok: true });
      expect(app.setLoginItemSettings).toHaveBeenLastCalledWith({
        openAtLogin: true,
        args: ['--hidden'],
      });
      expect(await host.state()).toEqual({ available: true, enabled: true, message: null });
      // Windows finds the entry by its arguments: it is asked with the same ones.
      expect(app.getLoginItemSettings).toHaveBeenLastCalledWith({ args: ['--hidden'] });

      expect(await host.set(false)).toEqual({ ok: true });
      expect((await host.state()).enabled).toBe(false);
    },
  );

  it('says so when the system ignored the change (an unsigned macOS app)', async () => {
    app.loginItemRefused = true;
    const host = loginItemHost({ app: fakeApp, platform: 'darwin', env: {}, execPath: '/x' });
    expect(await host.set(true)).toEqual({
      ok: false,
      message: 'the system did not accept the change.',
    });
  });

  it('is not offered in a development build, which would start Electron alone', async () => {
    app.isPackaged = false;
    const host = loginItemHost({ app: fakeApp, platform: 'win32', env: {}, execPath: '/x' });
    expect(await host.state()).toMatchObject({ available: false, enabled: false });
    expect((await host.set(true)).ok).toBe(false);
    expect(app.setLoginItemSettings).not.toHaveBeenCalled();
  });
});

describe('start at login on Linux (XDG autostart)', () => {
  const dir = useTempDir();
  beforeEach(() => {
    resetFakeElectron();
    app.isPackaged = true;
  });

  it('writes coachbook.desktop under XDG_CONFIG_HOME with the AppImage and --hidden, and removes it', async () => {
    const config = join(dir(), 'config');
    const env = { XDG_CONFIG_HOME: config, APPIMAGE: '/home/sam/Apps/Coachbook.AppImage' };
    const host = loginItemHost({
      app: fakeApp,
      platform: 'linux',
      env,
      execPath: '/tmp/.mount/coachbook',
      home: dir(),
    });
    const file = join(config, 'autostart', 'coachbook.desktop');
    expect(await host.state()).toEqual({ available: true, enabled: false, message: null });

    expect(await host.set(true)).toEqual({ ok: true });
    expect(await readFile(file, 'utf8')).toBe(
      [
        '[Desktop Entry]',
        'Type=Application',
        'Name=Coachbook',
        'Comment=Reminders for your 1:1s, from the tray',
        'Exec=/home/sam/Apps/Coachbook.AppImage --hidden',
        'Icon=coachbook',
        'Terminal=false',
        'X-GNOME-Autostart-enabled=true',
        '',
      ].join('\n'),
    );
    expect(await host.state()).toMatchObject({ enabled: true });

    expect(await host.set(false)).toEqual({ ok: true });
    await expect(stat(file)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await host.state()).toMatchObject({ enabled: false });
    // Turning off what is already off is fine.
    expect(await host.set(false)).toEqual({ ok: true });
  });

  it('uses ~/.config and the executable when XDG_CONFIG_HOME and APPIMAGE are unset (a .deb)', async () => {
    const host = loginItemHost({
      app: fakeApp,
      platform: 'linux',
      env: {},
      execPath: '/opt/Coachbook/coachbook',
      home: dir(),
    });
    await host.set(true);
    const entry = await readFile(join(dir(), '.config/autostart/coachbook.desktop'), 'utf8');
    expect(entry).toContain('Exec=/opt/Coachbook/coachbook --hidden\n');
  });

  it("passes on the system's reason when the folder cannot be written", async () => {
    // The config "folder" is a file: the autostart folder cannot be made in it.
    const config = join(dir(), 'config');
    await writeFile(config, '');
    const host = loginItemHost({
      app: fakeApp,
      platform: 'linux',
      env: { XDG_CONFIG_HOME: config },
      execPath: '/opt/coachbook',
    });
    expect(await host.set(true)).toEqual({
      ok: false,
      message: expect.stringContaining('ENOTDIR'),
    });
  });

  it('ignores a relative XDG_CONFIG_HOME, as the spec says', () => {
    expect(autostartFile({ XDG_CONFIG_HOME: 'relative' }, '/home/sam')).toBe(
      '/home/sam/.config/autostart/coachbook.desktop',
    );
    expect(autostartFile({ XDG_CONFIG_HOME: '/cfg' }, '/home/sam')).toBe(
      '/cfg/autostart/coachbook.desktop',
    );
  });

  it('quotes and escapes an Exec path as the Desktop Entry spec asks', () => {
    expect(execArgument('/opt/coachbook')).toBe('/opt/coachbook');
    expect(execArgument('/home/sam/My Apps/Coachbook.AppImage')).toBe(
      '"/home/sam/My Apps/Coachbook.AppImage"',
    );
    expect(execArgument('/a/$HOME/"x"')).toBe('"/a/\\\\$HOME/\\\\"x\\\\""');
    expect(execArgument('/a/100%')).toBe('/a/100%%');
    expect(autostartEntry('/x y/c')).toContain('Exec="/x y/c" --hidden\n');
  });

  it('is not offered from a development run (no AppImage, not packaged)', async () => {
    app.isPackaged = false;
    const host = loginItemHost({
      app: fakeApp,
      platform: 'linux',
      env: {},
      execPath: '/e',
      home: dir(),
    });
    expect(await host.state()).toMatchObject({ available: false });
  });
});

describe('startedAtLogin', () => {
  beforeEach(() => resetFakeElectron());

  it('is true with --hidden on any system, and on macOS when the system says so', () => {
    expect(startedAtLogin(['/coachbook', '--hidden'], 'linux', fakeApp)).toBe(true);
    expect(startedAtLogin(['/coachbook'], 'win32', fakeApp)).toBe(false);
    expect(startedAtLogin(['/coachbook'], 'darwin', fakeApp)).toBe(false);
    app.loginItem.wasOpenedAtLogin = true;
    expect(startedAtLogin(['/coachbook'], 'darwin', fakeApp)).toBe(true);
    expect(startedAtLogin(['/coachbook'], 'win32', fakeApp)).toBe(false);
  });
});
