// `npm run bench`: builds the app (the renderer figures are read from out/renderer), bundles
// scripts/bench/run.ts for Node with Vite, then runs it and prints figures.
import { spawnSync } from 'node:child_process';
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
// In a process of its own, so its peak memory is the import's and not the benches' before it.
const child = spawnSync(process.execPath, [join(root, 'out/bench-kpi-import/kpi-import.mjs')], {
  stdio: 'inherit',
});
if (child.status !== 0) process.exit(child.status ?? 1);
