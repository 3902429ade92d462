import type { Session } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { isOwnBlob, reportDownloads } from '../../../electron/main/downloads';
import { isAppEvent } from '../../../shared/ipc/events';
import { BrowserWindow, FakeDownloadItem, resetFakeElectron, session } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const OWN_BLOB = 'blob:app://coachbook/2f6c1b0e-5d1f-4d7a-9a51-0c7e4b1f2a33';

/** Reports downloads of the default session; Downloads is /home/ana/Downloads. */
function setUp(devServerUrl?: string) {
  reportDownloads(session.defaultSession as unknown as Session, {
    defaultFolder: () => '/home/ana/Downloads',
    devServerUrl,
  });
}

/** What Chromium does when the page clicks a download link: `will-download` for the window. */
function download(window: BrowserWindow, url: string, fileName: string): FakeDownloadItem {
  const item = new FakeDownloadItem(url, fileName);
  session.defaultSession.emit(
    'will-download',
    { preventDefault: vi.fn() },
    item,
    window.webContents,
  );
  return item;
}

describe('reportDownloads', () => {
  beforeEach(() => resetFakeElectron());

  it('lets the Save dialog run in Downloads, then tells the window where the file went', () => {
    setUp();
    const window = new BrowserWindow({});
    const item = download(window, OWN_BLOB, 'ana-lima-history.md');

    expect(item.cancel).not.toHaveBeenCalled();
    expect(item.dialogOptions).toEqual({
      title: 'Save export',
      defaultPath: '/home/ana/Downloads/ana-lima-history.md',
      filters: [{ name: 'Markdown', extensions: ['md'] }],
    });
    expect(window.webContents.send).not.toHaveBeenCalled();

    item.finish('completed', '/home/ana/Documents/1on1s/ana.md');
    expect(window.webContents.send.mock.calls).toEqual([
      [
        'export:saved',
        {
          fileName: 'ana-lima-history.md',
          path: '/home/ana/Documents/1on1s/ana.md',
          state: 'completed',
        },
      ],
    ]);
    expect(isAppEvent('export:saved')).toBe(true);
  });

  it('offers CSV for a CSV export', () => {
    setUp();
    const item = download(new BrowserWindow({}), OWN_BLOB, 'kpis-2026-11-18.CSV');
    expect(item.dialogOptions?.filters).toEqual([
      { name: 'CSV (spreadsheet)', extensions: ['csv'] },
    ]);
  });

  it('says the export was cancelled when the lead closes the Save dialog', () => {
    setUp();
    const window = new BrowserWindow({});
    download(window, OWN_BLOB, 'ana-lima-history.md').finish('cancelled');
    expect(window.webContents.send.mock.calls).toEqual([
      ['export:saved', { fileName: 'ana-lima-history.md', path: null, state: 'cancelled' }],
    ]);
  });

  it('says the write failed, with the file the lead chose, when the download is interrupted', () => {
    setUp();
    const window = new BrowserWindow({});
    download(window, OWN_BLOB, 'kpis.csv').finish('interrupted', '/media/usb/kpis.csv');
    expect(window.webContents.send.mock.calls).toEqual([
      ['export:saved', { fileName: 'kpis.csv', path: '/media/usb/kpis.csv', state: 'interrupted' }],
    ]);
  });

  it('tells the window that started each download, and each only once', () => {
    setUp();
    const main = new BrowserWindow({});
    const capture = new BrowserWindow({});
    const first = download(main, OWN_BLOB, 'a.md');
    const second = download(capture, OWN_BLOB, 'b.md');
    second.finish('cancelled');
    first.finish('completed', '/tmp/a.md');
    expect(main.webContents.send.mock.calls).toEqual([
      ['export:saved', { fileName: 'a.md', path: '/tmp/a.md', state: 'completed' }],
    ]);
    expect(capture.webContents.send.mock.calls).toEqual([
      ['export:saved', { fileName: 'b.md', path: null, state: 'cancelled' }],
    ]);
  });

  it('sends nothing to a window closed before the download ended', () => {
    setUp();
    const window = new BrowserWindow({});
    const item = download(window, OWN_BLOB, 'a.md');
    window.webContents.isDestroyed.mockReturnValue(true);
    expect(() => item.finish('completed', '/tmp/a.md')).not.toThrow();
    expect(window.webContents.send).not.toHaveBeenCalled();
  });

  it('refuses downloads that are not the app’s own files', () => {
    setUp();
    const window = new BrowserWindow({});
    for (const url of [
      'https://example.com/setup.exe',
      'blob:https://example.com/2f6c1b0e',
      'data:text/plain,hello',
      'blob:app://elsewhere/2f6c1b0e',
    ]) {
      const item = download(window, url, 'setup.exe');
      expect(item.cancel, url).toHaveBeenCalledOnce();
      expect(item.setSaveDialogOptions, url).not.toHaveBeenCalled();
      item.finish('cancelled');
    }
    expect(window.webContents.send).not.toHaveBeenCalled();
  });

  it('accepts the dev server’s blobs in development only', () => {
    const devBlob = 'blob:http://localhost:5173/2f6c1b0e';
    expect(isOwnBlob(devBlob, 'http://localhost:5173/')).toBe(true);
    expect(isOwnBlob(devBlob)).toBe(false);
    expect(isOwnBlob(OWN_BLOB)).toBe(true);
    expect(isOwnBlob('app://coachbook/index.html')).toBe(false);
  });
});
