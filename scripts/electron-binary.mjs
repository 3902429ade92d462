// Finds Electron's binary for `npm start`, downloading it once where the network allows, and
// says in one paragraph what failed and the ways out when it cannot (instead of a stack trace).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The binary, as node_modules/electron/index.js finds it (path.txt, or ELECTRON_OVERRIDE_DIST_PATH),
 * without its side effect: it never downloads.
 */
export function locateElectron(pkgDir, env = process.env) {
  const pathFile = join(pkgDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const path = join(
      override,
      relative ?? (process.platform === 'win32' ? 'electron.exe' : 'electron'),
    );
    return existsSync(path)
      ? { path }
      : {
          missing: `ELECTRON_OVERRIDE_DIST_PATH points at ${override}, which has no Electron binary (${path})`,
          override: true,
        };
  }
  const path = relative ? join(pkgDir, 'dist', relative) : null;
  return path && existsSync(path)
    ? { path }
    : { missing: "Electron's binary has not been downloaded yet" };
}

/** Runs Electron's own installer (it honours ELECTRON_MIRROR); its output is kept, not shown. */
export function runInstaller(pkgDir, env = process.env) {
  const result = spawnSync(process.execPath, [join(pkgDir, 'install.js')], {
    env,
    encoding: 'utf8',
  });
  const output = `${result.stderr ?? ''}\n${result.stdout ?? ''}`;
  const firstLine = output
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line && !line.startsWith('at '));
  if (result.status === 0) return { ok: true };
  if (/fetch failed|ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN/.test(output))
    return { ok: false, reason: 'the download server could not be reached' };
  return { ok: false, reason: firstLine ?? `the installer exited with ${result.status}` };
}

/** The one paragraph `npm start` prints when there is no binary to start. */
export function noElectronParagraph(reason, version) {
  return (
    `Coachbook could not start: Electron ${version} is not on this computer and getting it failed ` +
    `(${reason}). Ways out: download it from a mirror you can reach, e.g. ` +
    `\`ELECTRON_MIRROR=https://npmmirror.com/mirrors/electron/ npm start\`; or use an Electron ` +
    `${version} already on disk, e.g. \`ELECTRON_OVERRIDE_DIST_PATH=/path/to/electron-folder npm start\`; ` +
    `or try Coachbook without Electron: \`npm run preview\` opens the same app in this computer's ` +
    `Chrome or Chromium, keeping your notes in a data folder of its own.`
  );
}

/**
 * The binary's path, downloading it first if needed; `{ failed: paragraph }` when neither works.
 * `install` is injectable so tests can stand in for the network.
 */
export function ensureElectron(pkgDir, { env = process.env, install = runInstaller } = {}) {
  const version = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).version;
  const found = locateElectron(pkgDir, env);
  if ('path' in found) return { path: found.path };
  if (found.override) return { failed: noElectronParagraph(found.missing, version) };
  const installed = install(pkgDir, env);
  if (!installed.ok) return { failed: noElectronParagraph(installed.reason, version) };
  const after = locateElectron(pkgDir, env);
  return 'path' in after
    ? { path: after.path }
    : { failed: noElectronParagraph(after.missing, version) };
}
