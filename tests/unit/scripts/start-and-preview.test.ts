import { spawnSync } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ensureElectron, runInstaller } from '../../../scripts/electron-binary.mjs';
import { atLeast, warnIfOlder } from '../../../scripts/node-version.mjs';

const root = resolve(import.meta.dirname, '../../..');
const folders: string[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(folders.splice(0).map((f) => rm(f, { recursive: true, force: true })));
});

/** A stand-in for node_modules/electron: package.json, and install.js doing what it is told. */
async function fakeElectronPackage(install: string, pathTxt?: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'coachbook-electron-'));
  folders.push(dir);
  await writeFile(join(dir, 'package.json'), JSON.stringify({ version: '45.4.1' }));
  await writeFile(join(dir, 'install.js'), install);
  if (pathTxt) await writeFile(join(dir, 'path.txt'), pathTxt);
  return dir;
}

const stackTrace = /^\s+at /m;

describe('npm start without an Electron binary', () => {
  it('says in one paragraph that the download failed, and the three ways out', async () => {
    const pkg = await fakeElectronPackage(
      "console.error(new TypeError('fetch failed').stack); process.exit(1);",
    );
    const result = ensureElectron(pkg, { env: {} });
    expect(result.path).toBeUndefined();
    expect(result.failed).toContain('the download server could not be reached');
    expect(result.failed).toContain('ELECTRON_MIRROR=');
    expect(result.failed).toContain('ELECTRON_OVERRIDE_DIST_PATH=');
    expect(result.failed).toContain('npm run preview');
    expect(result.failed).not.toMatch(stackTrace);
    expect(result.failed).not.toContain('\n');
  });

  it('names an installer error it does not know by its first line, without the stack', async () => {
    const pkg = await fakeElectronPackage(
      "console.error(new Error('checksum mismatch').stack); process.exit(1);",
    );
    expect(runInstaller(pkg, {})).toEqual({ ok: false, reason: 'Error: checksum mismatch' });
  });

  it('says where ELECTRON_OVERRIDE_DIST_PATH points when no binary is there, without downloading', async () => {
    const pkg = await fakeElectronPackage('process.exit(1);', 'electron');
    const empty = await mkdtemp(join(tmpdir(), 'coachbook-nobinary-'));
    folders.push(empty);
    const install = vi.fn();
    const result = ensureElectron(pkg, { env: { ELECTRON_OVERRIDE_DIST_PATH: empty }, install });
    expect(install).not.toHaveBeenCalled();
    expect(result.failed).toContain(`ELECTRON_OVERRIDE_DIST_PATH points at ${empty}`);
  });

  it('starts a binary already on disk, and one the installer just put there', async () => {
    const onDisk = await fakeElectronPackage('process.exit(1);', 'electron');
    await mkdir(join(onDisk, 'dist'));
    await writeFile(join(onDisk, 'dist/electron'), '');
    expect(ensureElectron(onDisk, { env: {} })).toEqual({ path: join(onDisk, 'dist/electron') });

    const downloads = await fakeElectronPackage(
      "const fs = require('fs'); fs.mkdirSync(__dirname + '/dist'); fs.writeFileSync(__dirname + '/dist/electron', ''); fs.writeFileSync(__dirname + '/path.txt', 'electron');",
    );
    expect(ensureElectron(downloads, { env: {} })).toEqual({
      path: join(downloads, 'dist/electron'),
    });
  });

  it('prints the paragraph and no stack trace from `node scripts/start.mjs`', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'coachbook-nobinary-'));
    folders.push(empty);
    const run = spawnSync(process.execPath, [join(root, 'scripts/start.mjs')], {
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: empty },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    // The Node check comes first: a note on a Node older than Electron's tooling wants, else none.
    expect(run.stderr.includes('declares Node.js 22.12.0')).toBe(
      !atLeast(process.version, '22.12.0'),
    );
    expect(run.stderr).toContain('Coachbook could not start');
    expect(run.stderr).toContain('npm run preview');
    expect(run.stderr).not.toMatch(stackTrace);
  });
});

describe('the Node version check', () => {
  it.each([
    ['v20.19.0', '20.19.0', true],
    ['v20.18.3', '20.19.0', false],
    ['v20.20.2', '22.12.0', false],
    ['v22.12.0', '22.12.0', true],
    ['v22.11.9', '22.12.0', false],
    ['v24.1.0', '22.12.0', true],
  ])('%s against %s is %s', (version, minimum, ok) => {
    expect(atLeast(version, minimum)).toBe(ok);
  });

  it('npm start checks the Node version Electron declares, and the README says that one', async () => {
    const { readFile } = await import('node:fs/promises');
    const read = (path: string) => readFile(join(root, path), 'utf8');
    const electron = JSON.parse(await read('node_modules/electron/package.json')) as {
      engines: { node: string };
    };
    const wanted = /(\d+\.\d+\.\d+)/.exec(electron.engines.node)![1]!;
    expect(await read('scripts/start.mjs')).toContain(`warnIfOlder('${wanted}'`);
    const [major, minor] = wanted.split('.');
    expect(await read('README.md')).toContain(`Node.js ${major}.${minor} or newer`);
  });

  it('warns (and does not stop) on an older Node, saying what to install', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(warnIfOlder('22.12.0', 'Electron', 'v20.20.2')).toBe(true);
    expect(warn.mock.calls[0]?.[0]).toContain('Node.js 22 LTS');
    expect(warnIfOlder('22.12.0', 'Electron', 'v22.12.0')).toBe(false);
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
