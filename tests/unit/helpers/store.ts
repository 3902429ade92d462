import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Notices } from '../../../electron/backend/app/notices';
import type { Clock } from '../../../electron/backend/clock';
import { Backups } from '../../../electron/backend/storage/backups';
import type { StoreContext } from '../../../electron/backend/storage/document-file';
import { nodeFs, type StorageFs } from '../../../electron/backend/storage/fs';
import { StorageHealth } from '../../../electron/backend/storage/storage-health';
import {
  PERSON_DOCUMENT_VERSION,
  emptyPersonCollections,
  type PersonDocument,
} from '../../../shared/model/documents';
import { fixedClock, makePerson } from './people';

/** A store on `dataDir` without the folder lock; `fs` injects faults. */
export function storeContext(
  dataDir: string,
  clock: Clock = fixedClock,
  fs: StorageFs = nodeFs,
): StoreContext {
  const notices = new Notices(clock);
  const health = new StorageHealth({ dataDir, fs, notices });
  return {
    dataDir,
    backups: new Backups(dataDir, clock, undefined, fs),
    notices,
    clock,
    fs,
    health,
    open: new Set(),
  };
}

export function personDocument(overrides: Parameters<typeof makePerson>[0] = {}): PersonDocument {
  return {
    schemaVersion: PERSON_DOCUMENT_VERSION,
    person: makePerson(overrides),
    ...emptyPersonCollections(),
  };
}

export async function readJson(path: string): Promise<unknown> {
  return JSON.parse(await readFile(path, 'utf8')) as unknown;
}

export const backupPath = (dataDir: string, folder: string, relPath: string) =>
  join(dataDir, 'backups', folder, relPath);
