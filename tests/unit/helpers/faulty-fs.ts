import * as fsp from 'node:fs/promises';
import { nodeFs, type StorageFs } from '../../../electron/backend/storage/fs';

/** A call the store made: file system operation and path. File handle calls carry the file's path. */
export interface FsCall {
  op: FsOp;
  path: string;
}

export type FsOp =
  | 'mkdir'
  | 'open-read'
  | 'open-write'
  | 'rename'
  | 'unlink'
  | 'readFile'
  | 'readdir'
  | 'rm'
  | 'stat'
  | 'write'
  | 'sync'
  | 'utimes';

export interface Fault {
  ops: FsOp[];
  /** Which paths fail (all when absent). */
  path?: RegExp;
  code: string;
}

/** Thrown at every call once a simulated crash happened: the process is gone, nothing runs. */
export class SimulatedCrash extends Error {
  constructor() {
    super('simulated crash');
    this.name = 'SimulatedCrash';
  }
}

export const DISK_FULL: Fault = { ops: ['write', 'mkdir'], code: 'ENOSPC' };
export const READ_ONLY: Fault = {
  ops: ['open-write', 'mkdir', 'rename', 'unlink', 'rm', 'write', 'utimes'],
  code: 'EROFS',
};

function errno(code: string, op: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected, ${op} '${path}'`), {
    code,
    syscall: op,
    path,
  });
}

/**
 * The real file system, with faults injected on demand: a full disk, a read-only folder, one
 * failing call, or a crash after the n-th call (every call after it fails, like a killed process).
 * `mkdir` of a folder that already exists never fails, as on a real full disk.
 */
export function faultyFs() {
  const faults: Fault[] = [];
  const calls: FsCall[] = [];
  let crashAfter = Infinity;
  let delay: { path: RegExp; ms: number } | null = null;

  async function check(op: FsOp, path: string): Promise<void> {
    calls.push({ op, path });
    if (calls.length > crashAfter) throw new SimulatedCrash();
    if (delay?.path.test(path) && (op === 'write' || op === 'open-write')) {
      await new Promise((resolve) => setTimeout(resolve, delay!.ms));
    }
    for (const fault of faults) {
      if (!fault.ops.includes(op) || (fault.path && !fault.path.test(path))) continue;
      if (
        op === 'mkdir' &&
        (await fsp.stat(path).then(
          () => true,
          () => false,
        ))
      )
        continue;
      throw errno(fault.code, op, path);
    }
  }

  const wrapHandle = (handle: fsp.FileHandle, path: string): fsp.FileHandle =>
    new Proxy(handle, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver) as unknown;
        if (typeof value !== 'function') return value;
        const op = (
          {
            writeFile: 'write',
            write: 'write',
            writev: 'write',
            sync: 'sync',
            utimes: 'utimes',
          } as const
        )[key as 'writeFile'];
        return async (...args: unknown[]) => {
          if (op) await check(op, path);
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });

  const fs: StorageFs = {
    mkdir: (async (path: string, options?: unknown) => {
      await check('mkdir', path);
      return nodeFs.mkdir(path, options as never);
    }) as StorageFs['mkdir'],
    open: (async (path: string, flags?: string, mode?: number) => {
      await check(flags && flags !== 'r' ? 'open-write' : 'open-read', String(path));
      return wrapHandle(await nodeFs.open(path, flags, mode), String(path));
    }) as StorageFs['open'],
    rename: async (from, to) => {
      await check('rename', String(from));
      return nodeFs.rename(from, to);
    },
    unlink: async (path) => {
      await check('unlink', String(path));
      return nodeFs.unlink(path);
    },
    readFile: (async (path: string, options?: unknown) => {
      await check('readFile', String(path));
      return nodeFs.readFile(path, options as never);
    }) as StorageFs['readFile'],
    readdir: (async (path: string, options?: unknown) => {
      await check('readdir', String(path));
      return nodeFs.readdir(path, options as never);
    }) as StorageFs['readdir'],
    rm: async (path, options) => {
      await check('rm', String(path));
      return nodeFs.rm(path, options);
    },
    stat: (async (path: string, options?: unknown) => {
      await check('stat', String(path));
      return nodeFs.stat(path, options as never);
    }) as StorageFs['stat'],
  };

  return {
    fs,
    calls,
    /** Makes every matching call fail with `fault.code` until `heal`. */
    fail(fault: Fault) {
      faults.push(fault);
    },
    heal() {
      faults.length = 0;
    },
    /** Every call after the next `n` fails: the process was killed there. */
    crashAfter(n: number) {
      crashAfter = calls.length + n;
    },
    /** Slows writes of matching files, so later calls queue behind them. */
    slowWrites(path: RegExp, ms: number) {
      delay = { path, ms };
    },
  };
}
