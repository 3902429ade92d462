import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setUpQuickCapture } from '../../../../electron/main/capture/quick-capture';
import type { Settings, SettingsAccess } from '../../../../electron/main/settings';
import { BrowserWindow, globalShortcut, resetFakeElectron } from '../fake-electron';

vi.mock('electron', () => import('../fake-electron'));

function setup(captureShortcut = 'CommandOrControl+Shift+K') {
  const values: Partial<Settings> = { captureShortcut };
  const settings = {
    get: vi.fn(<K extends keyof Settings>(key: K) => values[key] as Settings[K]),
    set: vi.fn(<K extends keyof Settings>(key: K, value: Settings[K]) => {
      values[key] = value;
    }),
  };
  const quick = setUpQuickCapture({
    preload: '/app/preload/index.cjs',
    settings: settings as unknown as SettingsAccess,
    platform: 'linux',
    isQuitting: () => false,
  });
  return { quick, settings, values };
}

describe('setUpQuickCapture', () => {
  beforeEach(() => resetFakeElectron());

  it('opens the capture window when the shortcut is pressed, without the main window', () => {
    const { quick } = setup();
    quick.start();
    globalShortcut.press('CommandOrControl+Shift+K');
    expect(BrowserWindow.instances).toHaveLength(1);
    expect(BrowserWindow.instances[0]!.loadURL).toHaveBeenCalledWith(
      'app://coachbook/index.html?window=capture#/capture',
    );
    expect(quick.window).toBe(BrowserWindow.instances[0]);
  });

  it('gives the backend a host that reports, changes and saves the shortcut', async () => {
    const { quick, values } = setup();
    quick.start();
    expect(quick.host.shortcut()).toMatchObject({ active: true, available: true });
    expect(await quick.host.setShortcut('Alt+Shift+R')).toEqual({ ok: true });
    expect(values.captureShortcut).toBe('Alt+Shift+R');
    globalShortcut.press('Alt+Shift+R');
    expect(BrowserWindow.instances).toHaveLength(1);
  });

  it('reports a shortcut another app holds, and still opens from the host', () => {
    globalShortcut.taken.add('CommandOrControl+Shift+K');
    const { quick } = setup();
    expect(quick.start()).toMatchObject({
      active: false,
      message: expect.stringContaining('Ctrl+Shift+K'),
    });
    quick.host.openWindow();
    expect(BrowserWindow.instances).toHaveLength(1);
  });

  it('frees the shortcut on stop', () => {
    const { quick } = setup();
    quick.start();
    quick.stop();
    expect(globalShortcut.isRegistered('CommandOrControl+Shift+K')).toBe(false);
  });
});
