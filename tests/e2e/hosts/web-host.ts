import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import {
  createBackend,
  type Backend,
  type BackendOptions,
} from '../../../electron/backend/create-backend';
import { startFailure } from '../../../electron/main/start-failure';
import { bridgeFile, rendererDir } from './paths';

export const WEB_ORIGIN = 'http://coachbook.test';

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export interface WebHost {
  page: Page;
  backend: Backend;
  /** Foreign URLs the page tried to navigate to; like Electron's will-navigate guard, none loaded. */
  blockedNavigations: string[];
  /** A new backend on the same data folder, then a reload: what a restart of the app does. */
  restart(): Promise<void>;
  /** Another page of the same app on the same backend (`path` is a route such as `/recognition`). */
  openPage(path: string): Promise<Page>;
  /** Flushes and releases the data folder, as quitting the app does. */
  close(): Promise<void>;
}

/** What Electron's start-failure dialog says, shown as the page (the backend did not start). */
async function showStartFailure(page: Page, error: unknown, dataDir: string): Promise<void> {
  const { title, message } = startFailure(error, dataDir);
  await page.setContent('<main><h1></h1><p style="white-space: pre-wrap"></p></main>');
  await page.locator('h1').evaluate((node, text) => (node.textContent = text), title);
  await page.locator('p').evaluate((node, text) => (node.textContent = text), message);
}

/**
 * Serves the built renderer to Chromium through page routes and wires window.coachbook to a real
 * backend in this process. Nothing but the app's own origin is ever reached.
 */
export async function openWebHost(
  context: BrowserContext,
  page: Page,
  options: BackendOptions,
): Promise<WebHost> {
  let backend: Backend;
  try {
    backend = await createBackend(options);
  } catch (error) {
    // As Electron's main process shows a dialog and opens nothing (a second Coachbook on the folder).
    await showStartFailure(page, error, options.dataDir);
    const failed = () => Promise.reject(new Error('The backend did not start.'));
    return {
      page,
      get backend(): Backend {
        throw new Error('The backend did not start.');
      },
      blockedNavigations: [],
      restart: failed,
      openPage: failed,
      close: () => Promise.resolve(),
    };
  }
  const blockedNavigations: string[] = [];
  // As electron/main does for its windows: every change goes to every page of the context.
  const emit = (event: string, payload: unknown) => {
    for (const open of context.pages()) {
      open
        .evaluate(([name, value]) => window.__coachbookEmit?.(name, value), [
          event,
          payload,
        ] as const)
        .catch(() => undefined); // a page that is closing or navigating misses nothing it keeps
    }
  };
  const relay = (from: Backend) => {
    const stops = [
      from.onDataChanged((change) => emit('data:changed', change)),
      from.reminders.onChanged(() => emit('reminders:changed', {})),
    ];
    return () => stops.forEach((stop) => stop());
  };
  let stopRelay = relay(backend);

  await context.route('**/*', async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    if (url.origin !== WEB_ORIGIN) {
      if (request.isNavigationRequest()) {
        blockedNavigations.push(request.url());
        // A 204 answer cancels a navigation and leaves the page where it was.
        return route.fulfill({ status: 204 });
      }
      return route.abort('blockedbyclient');
    }
    const path = normalize(url.pathname === '/' ? '/index.html' : url.pathname);
    if (path.includes('..')) return route.fulfill({ status: 404 });
    try {
      const body = await readFile(join(rendererDir, path));
      return route.fulfill({
        status: 200,
        body,
        contentType: TYPES[extname(path)] ?? 'application/octet-stream',
      });
    } catch {
      return route.fulfill({ status: 404, body: 'Not found' });
    }
  });
  await context.exposeBinding('__coachbookInvoke', (_source, channel: unknown, input: unknown) =>
    backend.invoke(channel, input),
  );
  await context.addInitScript({ content: await readFile(bridgeFile, 'utf8') });
  await page.goto(`${WEB_ORIGIN}/index.html`);

  return {
    page,
    get backend() {
      return backend;
    },
    blockedNavigations,
    async restart() {
      await backend.close();
      stopRelay();
      backend = await createBackend(options);
      stopRelay = relay(backend);
      await page.reload();
    },
    async openPage(path: string) {
      const another = await context.newPage();
      await another.goto(`${WEB_ORIGIN}/index.html#${path}`);
      return another;
    },
    close: () => backend.close(),
  };
}
