import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createSecureWindow } from '../../../../electron/main/windows/secure-window';
import { BrowserWindow, fakeEvent, resetFakeElectron, shell } from '../fake-electron';

vi.mock('electron', () => import('../fake-electron'));

const DEV_SERVER = 'http://localhost:5173/';

function open(devServerUrl?: string) {
  const window = createSecureWindow({
    preload: '/app/preload/index.cjs',
    devServerUrl,
    width: 900,
  });
  return (window as unknown as BrowserWindow).webContents;
}

/** Emits `event` with a url and says whether the window prevented it. */
function attempt(contents: ReturnType<typeof open>, event: string, url: string): boolean {
  const e = fakeEvent();
  contents.emit(event, e, url);
  return e.preventDefault.mock.calls.length > 0;
}

describe('createSecureWindow', () => {
  beforeEach(() => resetFakeElectron());

  it('makes an isolated, sandboxed window without Node', () => {
    open();
    expect(BrowserWindow.instances).toHaveLength(1);
    const { options } = BrowserWindow.instances[0]!;
    expect(options.width).toBe(900);
    expect(options.webPreferences).toMatchObject({
      preload: '/app/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
  });

  it('lets the window navigate within the app', () => {
    const contents = open();
    expect(attempt(contents, 'will-navigate', 'app://coachbook/index.html')).toBe(false);
    expect(attempt(contents, 'will-navigate', 'app://coachbook/team/abc')).toBe(false);
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('stops navigation to a web page and opens it in the system browser', () => {
    const contents = open();
    expect(attempt(contents, 'will-navigate', 'https://evil.example')).toBe(true);
    expect(shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://evil.example/');
  });

  it.each(['file:///etc/passwd', 'javascript:alert(1)', 'app://other/index.html', 'smb://x/y'])(
    'stops navigation to %s and does not open it',
    (url) => {
      const contents = open();
      expect(attempt(contents, 'will-navigate', url)).toBe(true);
      expect(shell.openExternal).not.toHaveBeenCalled();
    },
  );

  it('trusts the dev server only when one is given', () => {
    expect(attempt(open(DEV_SERVER), 'will-navigate', 'http://localhost:5173/team')).toBe(false);
    expect(attempt(open(), 'will-navigate', 'http://localhost:5173/team')).toBe(true);
  });

  it('stops redirects that leave the app, without opening them', () => {
    const contents = open();
    expect(attempt(contents, 'will-redirect', 'https://evil.example/')).toBe(true);
    expect(attempt(contents, 'will-redirect', 'app://coachbook/index.html')).toBe(false);
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('denies every window.open, handing only http(s) links to the browser', () => {
    const contents = open();
    const handler = contents.windowOpenHandler!;
    expect(handler({ url: 'https://example.com/help' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'app://coachbook/index.html' })).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://example.com/help');
  });

  it('refuses to attach webviews', () => {
    expect(attempt(open(), 'will-attach-webview', 'about:blank')).toBe(true);
  });
});
