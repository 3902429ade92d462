import { _electron as electron, type ElectronApplication, type Page } from '@playwright/test';
import { findElectronBinary, mainEntry } from './paths';

export interface ElectronHost {
  page: Page;
  app: ElectronApplication;
  restart(): Promise<void>;
  close(): Promise<void>;
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
  };
}
