import type { BrowserWindow } from 'electron';

/**
 * Sends `app:navigate` to the window once its page can hear it: at once when the page is up
 * (a hidden window keeps running), after the load when the window was just created. The
 * renderer subscribes while its entry module runs, before the load ends.
 */
export function navigateWhenReady(window: BrowserWindow, path: string): void {
  const contents = window.webContents;
  const send = () => {
    if (!contents.isDestroyed()) contents.send('app:navigate', { path });
  };
  if (contents.isLoading()) contents.once('did-finish-load', send);
  else send();
}
