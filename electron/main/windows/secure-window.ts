import { BrowserWindow, shell, type BrowserWindowConstructorOptions } from 'electron';
import { safeExternalUrl } from '../../../shared/domain/external-url';
import { isAppUrl } from '../app-url';

interface SecureWindowOptions extends Omit<BrowserWindowConstructorOptions, 'webPreferences'> {
  preload: string;
  devServerUrl?: string;
}

/**
 * The one way Coachbook makes a window: isolated, sandboxed, no Node, and unable to navigate
 * away from the app or open new windows. A link to an http(s) page opens in the system browser.
 */
export function createSecureWindow({
  preload,
  devServerUrl,
  ...options
}: SecureWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    ...options,
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      spellcheck: true,
    },
  });
  const contents = window.webContents;
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url, devServerUrl)) return;
    event.preventDefault();
    openInBrowser(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, devServerUrl)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openInBrowser(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  return window;
}

function openInBrowser(url: string): void {
  const safe = safeExternalUrl(url);
  if (safe) void shell.openExternal(safe);
}
