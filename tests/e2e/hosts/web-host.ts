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
      backend = await createBackend(options);
      await page.reload();
    },
  };
}
