import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test as base, expect, type Browser, type Page } from '@playwright/test';
import { openElectronHost } from './hosts/electron-host';
import { CHROMIUM_ARGS, findChromium } from './hosts/paths';
import { openWebHost } from './hosts/web-host';
import { recordedNotifications } from './hosts/recorded-notifications';
import type { ReminderNotification } from '../../electron/backend/context';
import type { NotificationStatus } from '../../shared/model/reminders';

export interface AppHandle {
  page: Page;
  /** A fresh temp folder per test: no test sees another's data. */
  dataDir: string;
  /** Quits and starts again on the same data folder. */
  restart(): Promise<void>;
  /** Foreign URLs the page tried to open (web host only; Electron's guard is in the main process). */
  blockedNavigations: string[];
  host: 'web' | 'electron';
  /**
   * Moves the frozen "now" of the backend and the page (web host with `fixedNow` only): a
   * test-only control of the host, never an option of the product.
   */
  setNow(iso: string): Promise<void>;
  /**
   * A second page of the same running app, showing `path`: on the web host a new page of the same
   * context and backend; in Electron the only other window there is, the capture window
   * (`/capture`).
   */
  openPage(path: string): Promise<Page>;
  /** The OS notifications the reminder engine showed so far (web host: recorded, not shown). */
  notifications(): ReminderNotification[];
}

export interface AppOptions {
  /** Files (path relative to the data folder, content) planted before the app starts. */
  seedFiles: Record<string, string> | null;
  /** Freezes "now" in the backend and the page (web host), for screenshots that look the same every day. */
  fixedNow: string | null;
  /** What the web host's notifications answer: 'denied' and 'unsupported' bring the banner. */
  notifications: NotificationStatus;
}

interface WorkerFixtures {
  /** Chromium, launched only when a web-host test first needs it. */
  lazyBrowser: () => Promise<Browser>;
}

export const test = base.extend<AppOptions & { app: AppHandle }, WorkerFixtures>({
  seedFiles: [null, { option: true }],
  fixedNow: [null, { option: true }],
  notifications: ['available', { option: true }],
  lazyBrowser: [
    async ({ playwright }, use) => {
      let browser: Browser | undefined;
      await use(async () => {
        if (!browser) {
          const executablePath = findChromium();
          if (!executablePath) {
            console.warn(
              "No Chromium found: install Debian's chromium, or set CHROMIUM_PATH, or run `npx playwright install chromium`.",
            );
          }
          browser = await playwright.chromium.launch({ executablePath, args: CHROMIUM_ARGS });
        }
        return browser;
      });
      await browser?.close();
    },
    { scope: 'worker' },
  ],
  app: async (
    { lazyBrowser, seedFiles, fixedNow, notifications, colorScheme, viewport },
    use,
    testInfo,
  ) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'coachbook-e2e-'));
    for (const [relPath, content] of Object.entries(seedFiles ?? {})) {
      await mkdir(dirname(join(dataDir, relPath)), { recursive: true });
      await writeFile(join(dataDir, relPath), content);
    }
    if (testInfo.project.name === 'electron') {
      const host = await openElectronHost(dataDir);
      await use({
        get page() {
          return host.page;
        },
        dataDir,
        restart: () => host.restart(),
        blockedNavigations: [],
        host: 'electron',
        setNow: () => Promise.reject(new Error('setNow needs the web host with fixedNow')),
        openPage: (path) => host.openPage(path),
        notifications: () => {
          throw new Error('Recorded notifications need the web host.');
        },
      });
      await host.close();
    } else {
      const browser = await lazyBrowser();
      const context = await browser.newContext({ colorScheme, viewport });
      const page = await context.newPage();
      let now = fixedNow;
      if (now) await page.clock.setFixedTime(new Date(now));
      const clock = now ? () => new Date(now!) : undefined;
      const recorded = recordedNotifications(notifications);
      const host = await openWebHost(context, page, {
        dataDir,
        appVersion: '0.1.0-test',
        clock,
        notifications: recorded.host,
      });
      await use({
        page,
        dataDir,
        restart: () => host.restart(),
        blockedNavigations: host.blockedNavigations,
        host: 'web',
        setNow: async (iso: string) => {
          if (!now) throw new Error('setNow needs fixedNow');
          now = iso;
          await page.clock.setFixedTime(new Date(iso));
          // The engine would see the new time within a minute; a test wants it now.
          host.backend.reminders.wake('clock');
        },
        openPage: (path) => host.openPage(path),
        notifications: () => [...recorded.shown],
      });
      await host.close();
      await context.close();
    }
    await rm(dataDir, { recursive: true, force: true });
  },
});

export { expect };
