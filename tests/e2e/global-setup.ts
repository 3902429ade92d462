import { build } from 'vite';
import { join } from 'node:path';
import { repoRoot } from './hosts/paths';

/** Bundles the web host's stand-in for the preload, so the page runs the real createApi. */
export default async function globalSetup(): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: join(repoRoot, 'out/e2e'),
      emptyOutDir: true,
      minify: false,
      lib: {
        entry: join(repoRoot, 'tests/e2e/hosts/web-bridge.ts'),
        formats: ['iife'],
        name: 'CoachbookBridge',
        fileName: () => 'web-bridge.js',
      },
    },
  });
}
