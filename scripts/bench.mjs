// `npm run bench`: builds the app (the renderer figures are read from out/renderer), bundles
// scripts/bench/run.ts for Node with Vite, then runs it and prints figures.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build as buildApp } from 'electron-vite';
import { build } from 'vite';

const root = join(import.meta.dirname, '..');
await buildApp({ configFile: join(root, 'electron.vite.config.ts'), logLevel: 'warn' });
await build({
  configFile: false,
  logLevel: 'warn',
  build: {
    ssr: join(root, 'scripts/bench/run.ts'),
    outDir: join(root, 'out/bench'),
    emptyOutDir: true,
    minify: false,
    rolldownOptions: { output: { entryFileNames: 'run.mjs' } },
  },
});
await import(pathToFileURL(join(root, 'out/bench/run.mjs')).href);
// The KPI import of 100,000 rows (scripts/bench/kpi-import.ts), bundled the same way.
await build({
  configFile: false,
  logLevel: 'warn',
  build: {
    ssr: join(root, 'scripts/bench/kpi-import.ts'),
    outDir: join(root, 'out/bench-kpi-import'),
    emptyOutDir: true,
    minify: false,
    rolldownOptions: { output: { entryFileNames: 'kpi-import.mjs' } },
  },
});
await import(pathToFileURL(join(root, 'out/bench-kpi-import/kpi-import.mjs')).href);
