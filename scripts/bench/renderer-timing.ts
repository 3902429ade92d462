// The renderer in Debian's Chromium: time from navigation to Today's first content, beside a blank
// React page in the same run; then the long note on the 1:1 page (notes-timing.ts). out/renderer
// is served over HTTP from 127.0.0.1 (as app:// serves it from disk) and window.coachbook answers
// from the bench's real backend, as on the web test host, so the figures include IPC round trips.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { build } from 'vite';
import type { Backend } from '../../electron/backend/create-backend';
import { CHROMIUM_ARGS, findChromium, median, ms, openAndMark } from './browser';
import { benchLongNote } from './notes-timing';
import { serveFolder } from './static-server';

const START_RUNS = 7;

/** The web host's stand-in for the preload (window.coachbook over a Playwright binding). */
async function buildBridge(root: string, outDir: string): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: false,
      minify: false,
      lib: {
        entry: join(root, 'tests/e2e/hosts/web-bridge.ts'),
        formats: ['iife'],
        name: 'CoachbookBridge',
        fileName: () => 'web-bridge.js',
      },
    },
  });
  return readFile(join(outDir, 'web-bridge.js'), 'utf8');
}

/** A React page that renders one heading: the floor for any React app in this browser. */
async function buildBlankPage(outDir: string): Promise<string> {
  const src = join(outDir, 'blank-src');
  await mkdir(src, { recursive: true });
  await writeFile(
    join(src, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="UTF-8" /><title>Blank</title></head>' +
      '<body><div id="root"></div><script type="module" src="./main.js"></script></body></html>',
  );
  await writeFile(
    join(src, 'main.js'),
    "import { createElement } from 'react';\nimport { createRoot } from 'react-dom/client';\n" +
      "createRoot(document.getElementById('root')).render(createElement('h1', null, 'Blank'));\n",
  );
  const dist = join(outDir, 'blank');
  await build({
    configFile: false,
    logLevel: 'warn',
    root: src,
    base: './',
    build: { outDir: dist, emptyOutDir: true, minify: true },
  });
  return dist;
}

export async function benchRenderer({
  root,
  backend,
}: {
  root: string;
  backend: Backend;
}): Promise<void> {
  const executablePath = findChromium();
  if (!executablePath) {
    console.log('renderer timings skipped: no Chromium (install chromium or set CHROMIUM_PATH)');
    return;
  }
  const outDir = join(root, 'out/bench');
  const bridge = await buildBridge(root, outDir);
  const blankDir = await buildBlankPage(outDir);
  const app = await serveFolder(join(root, 'out/renderer'));
  const blank = await serveFolder(blankDir);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const withBackend = async (context: BrowserContext) => {
    await context.exposeBinding('__coachbookInvoke', (_source, channel: unknown, input: unknown) =>
      backend.invoke(channel, input),
    );
    await context.addInitScript({ content: bridge });
  };
  try {
    const today: number[] = [];
    const floor: number[] = [];
    for (let run = 0; run < START_RUNS; run++) {
      const a = await openAndMark(
        browser,
        `${app.origin}/index.html`,
        { content: "document.querySelector('main h1, main h2')" },
        withBackend,
      );
      today.push(a.marks.content!);
      await a.context.close();
      const b = await openAndMark(browser, `${blank.origin}/index.html`, {
        content: "document.querySelector('h1')",
      });
      floor.push(b.marks.content!);
      await b.context.close();
    }
    console.log(
      `navigation to Today's first content: median ${ms(median(today))}; a blank React page: median ${ms(median(floor))} (n=${START_RUNS} each)`,
    );

    await benchLongNote(browser, app.origin, backend, withBackend);
  } finally {
    await browser.close();
    await app.close();
    await blank.close();
  }
}
