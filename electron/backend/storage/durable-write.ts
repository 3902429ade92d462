import { randomBytes } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { nodeFs, type StorageFs } from './fs';

export interface DurableWriteOptions {
  fs?: StorageFs;
  /** Stamps the file's modification time (a backup records when it was taken, by the app's clock). */
  mtime?: Date;
}

/**
 * What a durable write puts in a file: text (written as UTF-8), or the file's bytes as a list of
 * chunks, written in order with vectored writes and never joined (a document's JSON, json-text.ts).
 */
export type FileContent = string | readonly Uint8Array[];

/** Temp files of an interrupted write (`.team.json.0a1b2c3d4e5f.tmp`): removed at start. */
export const TEMP_FILE = /^\..+\.[0-9a-f]{12}\.tmp$/;

export const uniqueSuffix = () => randomBytes(6).toString('hex');

export function tempPathFor(path: string, suffix = 'tmp'): string {
  return join(dirname(path), `.${basename(path)}.${uniqueSuffix()}.${suffix}`);
}

/**
 * Replaces `path` with `content` so that a crash or power cut leaves either the old file or the
 * new one, never a torn mix: temp file in the same folder, fsync, rename, fsync of the folder.
 */
export async function writeFileDurably(
  path: string,
  content: FileContent,
  options: DurableWriteOptions = {},
): Promise<void> {
  const fs = options.fs ?? nodeFs;
  const folder = dirname(path);
  await ensureFolder(folder, fs);
  const temp = tempPathFor(path);
  try {
    await writeSynced(temp, content, fs, options.mtime);
    await fs.rename(temp, path);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncFolder(folder, fs);
}

/** Writes a new file and fsyncs it (not its folder): the first half of a durable write. */
export async function writeSynced(
  path: string,
  content: FileContent,
  fs: StorageFs = nodeFs,
  mtime?: Date,
): Promise<void> {
  const handle = await fs.open(path, 'w', 0o600);
  try {
    if (typeof content === 'string') await handle.writeFile(content, 'utf8');
    else await writeChunks(handle, content);
    if (mtime) await handle.utimes(mtime, mtime);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Most buffers one `writev` is given; libuv splits further at the system's IOV_MAX. */
const WRITEV_BATCH = 1024;

/**
 * Writes `chunks` in order from the start of a new file with positional vectored writes. A short
 * write (the disk filled part way) is continued from where it stopped, so the disk's own error
 * (ENOSPC) is what a failure reports; a write that makes no progress at all is an error too.
 */
async function writeChunks(handle: FileHandle, chunks: readonly Uint8Array[]): Promise<void> {
  let position = 0;
  for (let start = 0; start < chunks.length; start += WRITEV_BATCH) {
    let batch = chunks.slice(start, start + WRITEV_BATCH).filter((chunk) => chunk.length > 0);
    while (batch.length > 0) {
      const expected = batch.reduce((sum, chunk) => sum + chunk.length, 0);
      const { bytesWritten } = await handle.writev(batch, position);
      position += bytesWritten;
      if (bytesWritten === expected) break;
      if (bytesWritten <= 0 || bytesWritten > expected)
        throw Object.assign(new Error(`EIO: short write, ${bytesWritten} of ${expected} bytes`), {
          code: 'EIO',
        });
      batch = remainder(batch, bytesWritten);
    }
  }
}

/** What is left of `chunks` after their first `written` bytes. */
function remainder(chunks: Uint8Array[], written: number): Uint8Array[] {
  let skip = written;
  let i = 0;
  while (skip >= chunks[i]!.length) skip -= chunks[i++]!.length;
  return [chunks[i]!.subarray(skip), ...chunks.slice(i + 1)];
}

/**
 * Creates `folder` and any missing parents, and fsyncs the parent of every folder it created:
 * without that, a power cut can lose a new folder (and every file in it) even after the files
 * themselves were synced.
 */
export async function ensureFolder(folder: string, fs: StorageFs = nodeFs): Promise<void> {
  const first = await fs.mkdir(folder, { recursive: true });
  if (!first) return;
  const created: string[] = [];
  for (let current = folder; ; current = dirname(current)) {
    created.push(current);
    if (current === first || dirname(current) === current) break;
  }
  for (const made of created.reverse()) await syncFolder(dirname(made), fs);
}

/** Makes the rename itself durable. Windows cannot open a folder for syncing; there NTFS journals it. */
export async function syncFolder(folder: string, fs: StorageFs = nodeFs): Promise<void> {
  let handle;
  try {
    handle = await fs.open(folder, 'r');
    await handle.sync();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL' && code !== 'EBADF') throw error;
  } finally {
    await handle?.close();
  }
}
