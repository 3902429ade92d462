import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import {
  createBackend,
  type Backend,
  type BackendOptions,
} from '../../../electron/backend/create-backend';
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
  let backend = await createBackend(options);
  const blockedNavigations: string[] = [];
  // As electron/main does for its windows: every change goes to every page of the context.
  const relay = (from: Backend) =>
    from.onDataChanged((change) => {
      for (const open of context.pages()) {
        open
          .evaluate((payload) => window.__coachbookEmit?.('data:changed', payload), change)
          .catch(() => undefined); // a page that is closing or navigating misses nothing it keeps
      }
    });
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
      await backend.flush();
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
  };
}
