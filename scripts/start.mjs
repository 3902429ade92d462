// `npm start`: checks Node, finds (or downloads) Electron's binary, builds, and opens Coachbook.
// Where the binary cannot be had, one paragraph says what failed and the ways out; no stack trace.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ensureElectron } from './electron-binary.mjs';
import { warnIfOlder } from './node-version.mjs';

const root = join(import.meta.dirname, '..');
warnIfOlder('22.12.0', "Electron 45's start and download tooling");

const electron = ensureElectron(join(root, 'node_modules/electron'));
if (electron.failed) {
  console.error(`\n${electron.failed}\n`);
  process.exit(1);
}

await import('./build.mjs');

const child = spawn(electron.path, ['.', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
