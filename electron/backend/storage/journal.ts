import { dirname, join } from 'node:path';
import { z } from 'zod';
import {
  ensureFolder,
  syncFolder,
  type FileContent,
  uniqueSuffix,
  writeFileDurably,
  writeSynced,
} from './durable-write';
import { errnoOf, exists, listFolder, type StorageFs } from './fs';

export const JOURNAL_FOLDER = 'journal';

/** A new file waiting for its journal record (`.p-1.json.0a1b2c3d4e5f.staged`). */
export const STAGED_FILE = /^\..+\.[0-9a-f]{12}\.staged$/;

const renameSchema = z.object({
  from: z.string(),
  to: z.string(),
  /** False when `to` must not be replaced: a file already there means the step was done. */
  replace: z.boolean(),
});
const recordSchema = z.object({
  version: z.literal(1),
  /** `commit`: a change to several documents; `recovery`: a damaged file swapped for its restore. */
  purpose: z.enum(['commit', 'recovery']),
  renames: z.array(renameSchema),
});
export type JournalRecord = z.infer<typeof recordSchema>;
export type Rename = z.infer<typeof renameSchema>;

/** A journal write failed after the change was decided: it is finished at the next start. */
export class UnfinishedJournalError extends Error {
  constructor(override readonly cause: unknown) {
    super('A decided change could not be finished.');
    this.name = 'UnfinishedJournalError';
  }
}

export interface StagedFile {
  /** Relative to the data folder. */
  relPath: string;
  content: FileContent;
}

/**
 * Replaces several files all-or-nothing, across a crash: every new content is written and synced
 * beside its file first (staged), then one small record lists the renames, and only then are the
 * files renamed into place. A crash before the record leaves every file as it was (the staged
 * copies are removed at the next start); after it, the next start finishes the renames. Paths
 * are relative to `dataDir`; `extra` renames (moving a damaged file aside) run first.
 */
export async function commitAll(
  dataDir: string,
  fs: StorageFs,
  files: StagedFile[],
  options: { purpose?: JournalRecord['purpose']; before?: Rename[] } = {},
): Promise<void> {
  const suffix = uniqueSuffix();
  const staged = files.map((file) => ({
    ...file,
    staged: join(dirname(file.relPath), `.${file.relPath.split('/').pop()}.${suffix}.staged`),
  }));
  const record: JournalRecord = {
    version: 1,
    purpose: options.purpose ?? 'commit',
    renames: [
      ...(options.before ?? []),
      ...staged.map((file) => ({ from: file.staged, to: file.relPath, replace: true })),
    ],
  };
  const recordPath = join(dataDir, JOURNAL_FOLDER, `${suffix}.json`);
  try {
    for (const file of staged) {
      await ensureFolder(dirname(join(dataDir, file.staged)), fs);
      await writeSynced(join(dataDir, file.staged), file.content, fs);
    }
    for (const folder of new Set(staged.map((f) => dirname(join(dataDir, f.staged))))) {
      await syncFolder(folder, fs);
    }
    for (const rename of options.before ?? []) {
      await ensureFolder(dirname(join(dataDir, rename.to)), fs);
    }
    await writeFileDurably(recordPath, JSON.stringify(record), { fs });
  } catch (error) {
    // Nothing was decided: every file is as it was.
    for (const file of staged) await fs.unlink(join(dataDir, file.staged)).catch(() => undefined);
    throw error;
  }
  try {
    await applyRecord(dataDir, fs, recordPath, record);
  } catch (error) {
    throw new UnfinishedJournalError(error);
  }
}

/** Runs a record's renames (each one at most once, so a record can be replayed) and removes it. */
async function applyRecord(
  dataDir: string,
  fs: StorageFs,
  recordPath: string,
  record: JournalRecord,
): Promise<void> {
  const folders = new Set<string>();
  for (const { from, to, replace } of record.renames) {
    const source = join(dataDir, from);
    const target = join(dataDir, to);
    if (!(await exists(fs, source))) continue;
    if (!replace && (await exists(fs, target))) continue;
    await fs.rename(source, target);
    folders.add(dirname(source)).add(dirname(target));
  }
  for (const folder of folders) await syncFolder(folder, fs);
  // Not synced: a record that comes back after a power cut replays as nothing (its sources are gone).
  await fs.unlink(recordPath);
}

export interface JournalOutcome {
  /** Records finished at this start. */
  finished: JournalRecord[];
  /** Staged files with no record: changes that were never decided, now removed. */
  rolledBack: number;
}

/**
 * At start, before any file is read: finishes every decided change and removes staged copies of
 * undecided ones. A record that cannot be read was never complete (it is written durably, by
 * rename), so it is only removed after its staged files are.
 */
export async function finishJournal(dataDir: string, fs: StorageFs): Promise<JournalOutcome> {
  const folder = join(dataDir, JOURNAL_FOLDER);
  const finished: JournalRecord[] = [];
  for (const name of (await listFolder(fs, folder)).filter((n) => n.endsWith('.json')).sort()) {
    const path = join(folder, name);
    let record: JournalRecord | null = null;
    try {
      record = recordSchema.parse(JSON.parse(await fs.readFile(path, 'utf8')));
    } catch (error) {
      if (errnoOf(error)) throw error;
    }
    if (record) {
      await applyRecord(dataDir, fs, path, record);
      finished.push(record);
    } else {
      await fs.unlink(path);
    }
  }
  let rolledBack = 0;
  for (const sub of ['', 'people']) {
    for (const name of await listFolder(fs, join(dataDir, sub))) {
      if (!STAGED_FILE.test(name)) continue;
      await fs.unlink(join(dataDir, sub, name));
      rolledBack += 1;
    }
  }
  return { finished, rolledBack };
}
