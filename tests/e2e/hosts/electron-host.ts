import { _electron as electron, type ElectronApplication, type Page } from '@playwright/test';
import { findElectronBinary, mainEntry } from './paths';

export interface ElectronHost {
  page: Page;
  app: ElectronApplication;
  restart(): Promise<void>;
  close(): Promise<void>;
  /** The capture window, the desktop app's only window besides the main one. */
  openPage(path: string): Promise<Page>;
}

/** The built app in real Electron, on its own data folder. */
export async function openElectronHost(dataDir: string): Promise<ElectronHost> {
  const binary = findElectronBinary();
  if ('missing' in binary) throw new Error(`Electron host unavailable: ${binary.missing}`);
  const launch = async () => {
    const app = await electron.launch({
      executablePath: binary.path,
      args: [mainEntry, ...(process.platform === 'linux' ? ['--no-sandbox'] : [])],
      env: {
        ...process.env,
        COACHBOOK_DATA_DIR: dataDir,
        // The app's log stays with the test's data, out of the real logs folder.
        COACHBOOK_LOG_DIR: `${dataDir}/logs`,
        ELECTRON_DISABLE_SECURITY_WARNINGS: 'true',
      },
    });
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    return { app, page };
  };
  let current = await launch();
  const quit = async () => {
    // Quit through the app so queued writes are flushed, as a user's Quit does.
    await current.app.evaluate(({ app }) => app.quit()).catch(() => undefined);
    await current.app.close().catch(() => undefined);
  };
  return {
    get page() {
      return current.page;
    },
    get app() {
      return current.app;
    },
    async restart() {
      await quit();
      current = await launch();
    },
    close: quit,
    async openPage(path: string) {
      if (path !== '/capture') {
        throw new Error(`The desktop app has no second window for ${path}, only for /capture.`);
      }
      const [capture] = await Promise.all([
        current.app.waitForEvent('window'),
        current.page.evaluate(() => window.coachbook.recognition.openCaptureWindow()),
      ]);
      await capture.waitForLoadState('domcontentloaded');
      return capture;
    },
  };
}
