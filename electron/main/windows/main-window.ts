import { screen, type BrowserWindow } from 'electron';
import { APP_ENTRY } from '../app-url';
import type { SettingsAccess } from '../settings';
import { DEFAULT_SIZE, MIN_SIZE, restoreBounds } from '../window-state';
import { createSecureWindow } from './secure-window';

interface MainWindowOptions {
  preload: string;
  settings: SettingsAccess;
  icon?: string;
  devServerUrl?: string;
  /** True once the app is really quitting; until then closing the window only hides it. */
  isQuitting: () => boolean;
}

export function createMainWindow({
  preload,
  settings,
  icon,
  devServerUrl,
  isQuitting,
}: MainWindowOptions): BrowserWindow {
  const saved = settings.get('window');
  const bounds = restoreBounds(
    saved.bounds,
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const window = createSecureWindow({
    preload,
    devServerUrl,
    ...(bounds ?? DEFAULT_SIZE),
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: 'Coachbook',
    ...(icon ? { icon } : {}),
  });
  if (saved.maximized) window.maximize();

  const remember = () => {
    if (window.isDestroyed() || window.isMinimized()) return;
    settings.set('window', {
      bounds: window.isMaximized() ? saved.bounds : window.getNormalBounds(),
      maximized: window.isMaximized(),
    });
  };
  window.on('resized', remember);
  window.on('moved', remember);
  window.on('maximize', remember);
  window.on('unmaximize', remember);
  window.on('close', (event) => {
    remember();
    // Closing the window keeps Coachbook running in the tray (and the capture shortcut alive).
    if (!isQuitting()) {
      event.preventDefault();
      window.hide();
    }
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(devServerUrl ?? APP_ENTRY);
  return window;
}
