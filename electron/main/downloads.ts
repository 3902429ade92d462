import { extname, join } from 'node:path';
import type { FileFilter, Session } from 'electron';
import type { ExportSaved } from '../../shared/ipc/events';
import { isAppUrl } from './app-url';

interface DownloadOptions {
  /** The folder the Save dialog opens in (the system's Downloads folder). */
  defaultFolder: () => string;
  devServerUrl?: string;
}

const FILTERS: Record<string, FileFilter> = {
  '.md': { name: 'Markdown', extensions: ['md'] },
  '.csv': { name: 'CSV (spreadsheet)', extensions: ['csv'] },
};

/**
 * An export's file is made in the page (a blob, `renderer/lib/save-file.ts`) and goes through
 * Chromium's download flow: Electron shows the Save dialog. The page cannot learn what the lead
 * chose there, so the main process tells it: once the download ends, the window that started it
 * gets `export:saved` with the path written, or that the dialog was cancelled, or that the write
 * failed (`interrupted`: a full disk, a folder it may not write). Downloads of anything but the
 * app's own blobs are refused (the window never navigates away, so there should be none).
 */
export function reportDownloads(
  session: Pick<Session, 'on'>,
  { defaultFolder, devServerUrl }: DownloadOptions,
): void {
  session.on('will-download', (_event, item, contents) => {
    if (!isOwnBlob(item.getURL(), devServerUrl)) {
      item.cancel();
      return;
    }
    const fileName = item.getFilename();
    const filter = FILTERS[extname(fileName).toLowerCase()];
    item.setSaveDialogOptions({
      title: 'Save export',
      defaultPath: join(defaultFolder(), fileName),
      ...(filter ? { filters: [filter] } : {}),
    });
    item.once('done', (_done, state) => {
      const outcome: ExportSaved = {
        fileName,
        // The dialog's choice, also for a write that failed there; a cancelled dialog chose none.
        path: state === 'cancelled' ? null : item.getSavePath() || null,
        state,
      };
      if (!contents.isDestroyed()) contents.send('export:saved', outcome);
    });
  });
}

/** `blob:app://coachbook/<uuid>` (or a blob of the dev server's page, in development). */
export function isOwnBlob(url: string, devServerUrl?: string): boolean {
  if (!url.startsWith('blob:')) return false;
  return isAppUrl(url.slice('blob:'.length), devServerUrl);
}
