// Builds main, preload and renderer into out/ with electron-vite's API (its CLI file is not
// marked executable in the published package, so `npx electron-vite` fails on some installs).
import { build } from 'electron-vite';

await build({ configFile: 'electron.vite.config.ts', logLevel: process.env.CI ? 'warn' : 'info' });
