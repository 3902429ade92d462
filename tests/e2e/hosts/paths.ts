import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../../..');
export const rendererDir = join(repoRoot, 'out/renderer');
export const bridgeFile = join(repoRoot, 'out/e2e/web-bridge.js');
export const mainEntry = join(repoRoot, 'out/main/index.js');

/** CHROMIUM_PATH, else Debian's Chromium, else Playwright's own download (undefined lets it look). */
export function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((c): c is string => Boolean(c) && existsSync(c!));
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/**
 * The Electron binary, without ever triggering its download: `require('electron')` would fetch
 * it on first use, so this reads the package's path.txt and checks the file itself.
 */
export function findElectronBinary(): { path: string } | { missing: string } {
  const pkg = join(repoRoot, 'node_modules/electron');
  const pathFile = join(pkg, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const path = join(override, relative ?? 'electron');
    return existsSync(path)
      ? { path }
      : { missing: `ELECTRON_OVERRIDE_DIST_PATH has no Electron binary at ${path}` };
  }
  if (!relative)
    return {
      missing:
        'the Electron binary has not been downloaded (run `npx install-electron` where the network allows)',
    };
  const path = join(pkg, 'dist', relative);
  return existsSync(path) ? { path } : { missing: `no Electron binary at ${path}` };
}
