import { globalShortcut } from 'electron';
import type { QuickCaptureHost } from '../../backend/context';
import type { SettingsAccess } from '../settings';
import { createCaptureWindowController, type CaptureWindowOptions } from './capture-window';
import { CaptureShortcut } from './shortcut';

/**
 * Quick capture, wired: the global shortcut and the tray open the capture window, and the
 * backend gets a host through which Settings changes the shortcut.
 */
export function setUpQuickCapture(
  options: CaptureWindowOptions & { settings: SettingsAccess; platform: NodeJS.Platform },
) {
  const windows = createCaptureWindowController(options);
  const open = () => windows.open();
  const shortcut = new CaptureShortcut(
    globalShortcut,
    {
      get: () => options.settings.get('captureShortcut'),
      set: (accelerator) => options.settings.set('captureShortcut', accelerator),
    },
    open,
    options.platform === 'darwin',
  );
  const host: QuickCaptureHost = {
    shortcut: () => shortcut.state(),
    setShortcut: (accelerator) => shortcut.change(accelerator),
    openWindow: open,
  };
  return {
    host,
    open,
    /** Call once the app is ready and the backend answers. */
    start: () => shortcut.start(),
    stop: () => shortcut.stop(),
    get window() {
      return windows.window;
    },
  };
}
