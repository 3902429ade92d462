import { mkdir, readFile, stat, writeFile, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ensureFolder,
  syncFolder,
  writeFileDurably,
} from '../../../../electron/backend/storage/durable-write';
import { nodeFs, type StorageFs } from '../../../../electron/backend/storage/fs';
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

/** nodeFs whose file handles answer `writev` through `writev(real, buffers, position, call)`. */
function writevFs(
  writev: (
    real: FileHandle,
    buffers: Uint8Array[],
    position: number,
    call: number,
  ) => Promise<{ bytesWritten: number }>,
): StorageFs {
  let calls = 0;
  return {
    ...nodeFs,
    open: (async (path: string, flags?: string, mode?: number) => {
      const handle = await nodeFs.open(path, flags, mode);
      return new Proxy(handle, {
        get(target, key) {
          if (key === 'writev')
            return (buffers: Uint8Array[], position: number) =>
              writev(target, buffers, position, calls++);
          const value = Reflect.get(target, key) as unknown;
          return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
        },
      });
    }) as StorageFs['open'],
  };
}

describe('writeFileDurably with chunks', () => {
  const dir = useTempDir();
  const chunks = Array.from({ length: 3_000 }, (_, i) =>
    Buffer.from(i % 7 === 0 ? '' : `${i}: Chloé ✓ 日本;`),
  );
  const expected = Buffer.concat(chunks);

  it('writes every chunk in order, past one vectored write, and syncs the file before renaming it', async () => {
    const faults = faultyFs();
    const path = join(dir(), 'p-1.json');
    await writeFileDurably(path, chunks, { fs: faults.fs });
    expect((await readFile(path)).equals(expected)).toBe(true);
    const ops = faults.calls.map((c) => c.op);
    expect(ops.filter((op) => op === 'write').length).toBeGreaterThan(1);
    expect(ops.slice(ops.lastIndexOf('write'))).toEqual([
      'write',
      'sync',
      'rename',
      'open-read',
      'sync',
    ]);
  });

  it('continues a short write from where it stopped', async () => {
    const fs = writevFs(async (real, buffers, position, call) => {
      if (call !== 1) return real.writev(buffers, position);
      // Writes only part of the batch, ending inside a chunk.
      const part = Buffer.concat(buffers).subarray(0, 1_001);
      return real.write(part, 0, part.length, position);
    });
    const path = join(dir(), 'p-1.json');
    await writeFileDurably(path, chunks, { fs });
    expect((await readFile(path)).equals(expected)).toBe(true);
  });

  it('reports a disk that fills part way with its own error, keeping the old file and no temp file', async () => {
    const path = join(dir(), 'p-1.json');
    await writeFile(path, 'old');
    const fs = writevFs(async (real, buffers, position, call) => {
      if (call === 0) return real.write(Buffer.from(buffers[0]!), 0, buffers[0]!.length, position);
      throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    });
    await expect(writeFileDurably(path, chunks, { fs })).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(await readFile(path, 'utf8')).toBe('old');
    expect(await listNames(dir())).toEqual(['p-1.json']);
  });

  it('fails a write that makes no progress instead of looping', async () => {
    const fs = writevFs(async () => ({ bytesWritten: 0 }));
    await expect(writeFileDurably(join(dir(), 'p-1.json'), chunks, { fs })).rejects.toMatchObject({
      code: 'EIO',
    });
    expect(await listNames(dir())).toEqual([]);
  });
});
