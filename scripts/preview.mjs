// `npm run preview`: Coachbook where Electron cannot be installed. The real renderer and backend,
// as the end-to-end tests' web host runs them (tests/e2e/hosts/web-host.ts), in this computer's
// Chrome or Chromium, on a data folder that stays between runs (printed at start).
//
//   npm run preview                     opens a window; closing it ends the preview
//   npm run preview -- --data <folder>  another data folder
//   npm run preview -- --check          headless: opens, waits for Today, prints OK and exits
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { warnIfOlder } from './node-version.mjs';

const root = join(import.meta.dirname, '..');
warnIfOlder('20.19.0', "Coachbook's build");

/** Where the preview keeps its notes: the OS's place for an app's data. */
export function defaultPreviewDir(
  platform = process.platform,
  env = process.env,
  home = homedir(),
) {
  if (platform === 'win32')
    return join(env.APPDATA ?? join(home, 'AppData/Roaming'), 'Coachbook Preview');
  if (platform === 'darwin') return join(home, 'Library/Application Support/Coachbook Preview');
  return join(env.XDG_DATA_HOME || join(home, '.local/share'), 'coachbook-preview');
}

/** CHROMIUM_PATH, then the usual places of Chromium and Chrome; undefined lets Playwright look. */
function findBrowser() {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    join(process.env.PROGRAMFILES ?? 'C:/Program Files', 'Google/Chrome/Application/chrome.exe'),
    join(process.env.LOCALAPPDATA ?? '', 'Google/Chrome/Application/chrome.exe'),
  ];
  return candidates.find((path) => Boolean(path) && existsSync(path));
}

async function buildPreview() {
  await import('./build.mjs'); // the renderer, as `npm start` builds it
  // The stand-in for the preload (as tests/e2e/global-setup.ts builds it).
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: join(root, 'out/e2e'),
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
  // The web host and the backend, bundled for Node; its paths are the source folder's.
  await build({
    configFile: false,
    logLevel: 'warn',
    define: { 'import.meta.dirname': JSON.stringify(join(root, 'tests/e2e/hosts')) },
    build: {
      ssr: join(root, 'tests/e2e/hosts/web-host.ts'),
      outDir: join(root, 'out/preview'),
      emptyOutDir: true,
      minify: false,
      rolldownOptions: { output: { entryFileNames: 'web-host.mjs' } },
    },
  });
  return import(pathToFileURL(join(root, 'out/preview/web-host.mjs')).href);
}

async function main() {
  const { values } = parseArgs({
    options: { check: { type: 'boolean', default: false }, data: { type: 'string' } },
  });
  const home = values.data ?? defaultPreviewDir();
  const dataDir = join(home, 'data');
  await mkdir(dataDir, { recursive: true });
  console.log(`Coachbook preview: your data is kept in ${dataDir}`);

  const { openWebHost } = await buildPreview();
  const { chromium } = await import('playwright-core');
  const executablePath = findBrowser();
  const context = await chromium
    .launchPersistentContext(join(home, 'browser-profile'), {
      executablePath,
      headless: values.check,
      viewport: values.check ? { width: 1280, height: 800 } : null,
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        ...(values.check ? ['--no-sandbox'] : []),
      ],
    })
    .catch((error) => {
      throw new Error(
        `No Chrome or Chromium could be started (${error.message.split('\n')[0]}). Install Chromium ` +
          '(Debian: `apt-get install chromium`) or Google Chrome, or set CHROMIUM_PATH to its binary.',
      );
    });
  const page = context.pages()[0] ?? (await context.newPage());
  const host = await openWebHost(context, page, { dataDir, appVersion: 'preview' });

  if (values.check) {
    await page.getByRole('heading', { name: 'Today', exact: true }).waitFor({ timeout: 60_000 });
    console.log('OK: the preview opened Today.');
    await host.close();
    await context.close();
    return;
  }
  console.log('Close the browser window to end the preview.');
  await new Promise((resolve) => context.on('close', resolve));
  await host.close();
}

main().catch((error) => {
  console.error(
    `\nThe preview could not start: ${error instanceof Error ? error.message : error}\n`,
  );
  process.exit(1);
});
