import { defineConfig } from '@playwright/test';

/**
 * One set of specs, two hosts: `web` (Debian Chromium + the real backend, runs everywhere) and
 * `electron` (the built app, only where the Electron binary exists; see scripts/run-electron-e2e.mjs).
 * Browsers are launched by the fixture in tests/e2e/fixtures.ts, never downloaded.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: { viewport: { width: 1280, height: 800 } },
  projects: [
    { name: 'web', testMatch: 'specs/**/*.spec.ts', testIgnore: 'specs/**/*.electron.spec.ts' },
    { name: 'electron', testMatch: 'specs/**/*.spec.ts', testIgnore: 'specs/**/*.web.spec.ts' },
    { name: 'screenshots', testMatch: 'screenshots/**/*.shots.ts' },
  ],
});
