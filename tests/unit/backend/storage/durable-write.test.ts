import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ensureFolder,
  syncFolder,
  writeFileDurably,
} from '../../../../electron/backend/storage/durable-write';
import { faultyFs } from '../../helpers/faulty-fs';
import { listNames, useTempDir } from '../../helpers/temp-dir';

describe('writeFileDurably', () => {
  const dir = useTempDir();

  it('writes the content to a new file', async () => {
    const path = join(dir(), 'team.json');
    await writeFileDurably(path, '{"a":1}\n');
    expect(await readFile(path, 'utf8')).toBe('{"a":1}\n');
  });

  it('keeps unicode text intact', async () => {
    const path = join(dir(), 'note.json');
    await writeFileDurably(path, '"Chloé ✓ 日本"');
    expect(await readFile(path, 'utf8')).toBe('"Chloé ✓ 日本"');
  });

  it('replaces an existing file and leaves no temp file behind', async () => {
    const path = join(dir(), 'team.json');
    await writeFile(path, 'old content that is longer than the new one');
    await writeFileDurably(path, 'new');
    expect(await readFile(path, 'utf8')).toBe('new');
    expect(await listNames(dir())).toEqual(['team.json']);
  });

  it('leaves exactly one file after many writes in a row', async () => {
    const path = join(dir(), 'team.json');
    for (let i = 0; i < 5; i++) await writeFileDurably(path, `version ${i}`);
    expect(await readFile(path, 'utf8')).toBe('version 4');
    expect(await listNames(dir())).toEqual(['team.json']);
  });

  it('ends with one complete version when writes run concurrently', async () => {
    const path = join(dir(), 'team.json');
    const versions = Array.from({ length: 8 }, (_, i) => `${i}`.repeat(10_000));
    await Promise.all(versions.map((v) => writeFileDurably(path, v)));
    expect(versions).toContain(await readFile(path, 'utf8'));
    expect(await listNames(dir())).toEqual(['team.json']);
  });

  it('creates missing folders', async () => {
    const path = join(dir(), 'backups', 'daily', '2026-11-18', 'people', 'p-1.json');
    await writeFileDurably(path, 'copy');
    expect(await readFile(path, 'utf8')).toBe('copy');
  });

  it('writes the file readable by its owner only', async () => {
    const path = join(dir(), 'private.json');
    await writeFileDurably(path, '{}');
    if (process.platform !== 'win32') expect((await stat(path)).mode & 0o777).toBe(0o600);
  });

  it('fails without a trace when the rename fails, keeping the old state', async () => {
    // The target is a non-empty folder, so renaming the temp file over it must fail.
    const target = join(dir(), 'people.json');
    await mkdir(target);
    await writeFile(join(target, 'keep.txt'), 'still here');
    await writeFile(join(dir(), 'other.json'), 'untouched');

    await expect(writeFileDurably(target, 'new content')).rejects.toMatchObject({
      code: expect.stringMatching(/^(EISDIR|ENOTEMPTY|EEXIST|EPERM)$/),
    });
    expect((await stat(target)).isDirectory()).toBe(true);
    expect(await readFile(join(target, 'keep.txt'), 'utf8')).toBe('still here');
    expect(await readFile(join(dir(), 'other.json'), 'utf8')).toBe('untouched');
    expect(await listNames(dir())).toEqual(['other.json', 'people.json']);
  });

  it('fails when the folder cannot be created, writing nothing', async () => {
    await writeFile(join(dir(), 'blocker'), 'a file, not a folder');
    await expect(writeFileDurably(join(dir(), 'blocker', 'x.json'), '{}')).rejects.toThrow();
    expect(await listNames(dir())).toEqual(['blocker']);
    expect(await readFile(join(dir(), 'blocker'), 'utf8')).toBe('a file, not a folder');
  });
});

describe('ensureFolder', () => {
  const dir = useTempDir();

  it('fsyncs the parent of every folder it creates, so a power cut cannot lose them', async () => {
    const faults = faultyFs();
    await ensureFolder(join(dir(), 'backups', 'daily', '2026-11-18'), faults.fs);
    const synced = faults.calls.filter((c) => c.op === 'sync').map((c) => c.path);
    expect(synced).toEqual([dir(), join(dir(), 'backups'), join(dir(), 'backups', 'daily')]);
  });

  it('syncs nothing when the folder is there already', async () => {
    const faults = faultyFs();
    await ensureFolder(dir(), faults.fs);
    expect(faults.calls.filter((c) => c.op === 'sync')).toEqual([]);
  });

  it('is what a durable write uses: a new people/ folder gets the data folder synced', async () => {
    const faults = faultyFs();
    await writeFileDurably(join(dir(), 'people', 'p-1.json'), '{}', { fs: faults.fs });
    const synced = faults.calls.filter((c) => c.op === 'sync').map((c) => c.path);
    expect(synced).toEqual([
      dir(),
      expect.stringMatching(/\.p-1\.json\.[0-9a-f]{12}\.tmp$/),
      join(dir(), 'people'),
    ]);
  });
});

describe('syncFolder', () => {
  const dir = useTempDir();

  it('syncs an existing folder without error', async () => {
    await expect(syncFolder(dir())).resolves.toBeUndefined();
  });

  it('reports a folder that does not exist', async () => {
    await expect(syncFolder(join(dir(), 'missing'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
