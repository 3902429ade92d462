import { screen, type BrowserWindow } from 'electron';
import { APP_ENTRY } from '../app-url';
import { createSecureWindow } from '../windows/secure-window';

export const CAPTURE_SIZE = { width: 520, height: 500 };

export interface CaptureWindowOptions {
  preload: string;
  devServerUrl?: string;
  icon?: string;
  /** True once the app is really quitting; until then closing the window only hides it. */
  isQuitting: () => boolean;
}

export function captureUrl(devServerUrl?: string): string {
  const base = devServerUrl ?? APP_ENTRY;
  // The query tells the page it is the capture window, which closes itself after saving.
  return `${base}${base.includes('?') ? '&' : '?'}window=capture#/capture`;
}

/**
 * The small, always-on-top window for logging praise over whatever the lead is doing. It is made
 * once and then hidden and shown again, so the shortcut brings it up at once.
 */
export function createCaptureWindowController(options: CaptureWindowOptions) {
  let window: BrowserWindow | null = null;

  const make = () => {
    const made = createSecureWindow({
      preload: options.preload,
      devServerUrl: options.devServerUrl,
      ...CAPTURE_SIZE,
      // The size is the page's, not counting the title bar.
      useContentSize: true,
      show: false,
      title: 'Recognise someone',
      alwaysOnTop: true,
      resizable: false,
      minimizable: false,
      maximizable: false,
      fullscreenable: false,
      skipTaskbar: true,
      autoHideMenuBar: true,
      ...(options.icon ? { icon: options.icon } : {}),
    });
    // Over full-screen apps too, where the plain always-on-top level is not enough on macOS.
    made.setAlwaysOnTop(true, 'floating');
    made.on('close', (event) => {
      if (options.isQuitting()) return;
      event.preventDefault();
      made.hide();
    });
    void made.loadURL(captureUrl(options.devServerUrl));
    return made;
  };

  const present = (target: BrowserWindow) => {
    // On the screen the lead is looking at (where the pointer is), a little above the middle.
    const area = screen.getDisplayNearestPoint(screen.getCursorScreenPoint()).workArea;
    target.setPosition(
      Math.round(area.x + (area.width - CAPTURE_SIZE.width) / 2),
      Math.round(area.y + Math.max(0, (area.height - CAPTURE_SIZE.height) / 3)),
    );
    target.show();
    target.focus();
  };

  return {
    open(): void {
      if (window && !window.isDestroyed()) {
        present(window);
        return;
      }
      const created = make();
      window = created;
      created.once('ready-to-show', () => present(created));
    },
    get window(): BrowserWindow | null {
      return window && !window.isDestroyed() ? window : null;
    },
  };
}
