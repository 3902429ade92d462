// `npm run test:electron`: the end-to-end specs against the real built app. Runs only where the
// Electron binary is present (or ELECTRON_OVERRIDE_DIST_PATH points at one) and never triggers
// its download; otherwise says in one line why it was skipped. On Linux it runs under xvfb-run.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const pkg = join(import.meta.dirname, '../node_modules/electron');
const pathFile = join(pkg, 'path.txt');
const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
const binary = override
  ? join(override, relative ?? 'electron')
  : relative
    ? join(pkg, 'dist', relative)
    : null;

if (!binary || !existsSync(binary)) {
  console.log(
    'electron host skipped: no Electron binary here (run `npx install-electron` where the network allows, or set ELECTRON_OVERRIDE_DIST_PATH).',
  );
  process.exit(0);
}
const playwright = ['playwright', 'test', '--project=electron', ...process.argv.slice(2)];
const needsDisplay = process.platform === 'linux' && !process.env.DISPLAY;
const [command, args] = needsDisplay
  ? ['xvfb-run', ['-a', 'npx', ...playwright]]
  : ['npx', playwright];
const result = spawnSync(command, args, { stdio: 'inherit' });
process.exit(result.status ?? 1);
