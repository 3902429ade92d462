import * as fsp from 'node:fs/promises';

/**
 * The file system calls the store makes. Everything in storage/ takes this instead of importing
 * node:fs, so tests can inject faults (a full disk, a read-only folder, a crash at the n-th call)
 * on real temp folders: running as root, chmod does not stop a write.
 */
export interface StorageFs {
  mkdir: typeof fsp.mkdir;
  open: typeof fsp.open;
  rename: typeof fsp.rename;
  unlink: typeof fsp.unlink;
  readFile: typeof fsp.readFile;
  readdir: typeof fsp.readdir;
  rm: typeof fsp.rm;
  stat: typeof fsp.stat;
}

export const nodeFs: StorageFs = {
  mkdir: fsp.mkdir,
  open: fsp.open,
  rename: fsp.rename,
  unlink: fsp.unlink,
  readFile: fsp.readFile,
  readdir: fsp.readdir,
  rm: fsp.rm,
  stat: fsp.stat,
};

/** The system error code of a failed call (`ENOSPC`), if it has one. */
export function errnoOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

export async function exists(fs: StorageFs, path: string): Promise<boolean> {
  try {
    await fs.stat(path);
    return true;
  } catch (error) {
    if (errnoOf(error) === 'ENOENT' || errnoOf(error) === 'ENOTDIR') return false;
    throw error;
  }
}

/** The entries of a folder, or [] when it does not exist. */
export async function listFolder(fs: StorageFs, path: string): Promise<string[]> {
  try {
    return await fs.readdir(path);
  } catch (error) {
    if (errnoOf(error) === 'ENOENT' || errnoOf(error) === 'ENOTDIR') return [];
    throw error;
  }
}
