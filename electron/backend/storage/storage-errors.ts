import { AppError } from '../../../shared/ipc/errors';
import { errnoOf } from './fs';

/** Why the disk refused a write, in words a lead can act on, with the system's code. */
export interface StorageCause {
  /** The system's code (`ENOSPC`), or the error's class when it has none. */
  code: string;
  /** `the disk is full` */
  text: string;
  /** What the lead can do about it. */
  advice: string;
  /** True when no write to the folder can succeed (full disk, read-only folder). */
  folderWide: boolean;
}

const FULL = 'Free some space on the disk; Coachbook saves again by itself once it can.';
const READ_ONLY =
  'Make the data folder writable again (or move it where it can be written); Coachbook saves again by itself once it can.';
const RETRY = 'Try again; if it keeps happening, restart Coachbook.';

const CAUSES: Record<string, Omit<StorageCause, 'code'>> = {
  ENOSPC: { text: 'the disk is full', advice: FULL, folderWide: true },
  EDQUOT: { text: 'the disk quota is used up', advice: FULL, folderWide: true },
  EROFS: { text: 'the data folder is read-only', advice: READ_ONLY, folderWide: true },
  // A single file or the whole folder: the store probes the folder before it calls it read-only.
  EACCES: { text: 'Coachbook is not allowed to write there', advice: RETRY, folderWide: false },
  EPERM: { text: 'Coachbook is not allowed to write there', advice: RETRY, folderWide: false },
  EIO: { text: 'the disk reported a read or write error', advice: RETRY, folderWide: false },
  EMFILE: { text: 'too many files are open', advice: RETRY, folderWide: false },
  ENFILE: { text: 'too many files are open', advice: RETRY, folderWide: false },
  EBUSY: { text: 'another program holds the file', advice: RETRY, folderWide: false },
  ENOENT: { text: 'a folder Coachbook writes to is missing', advice: RETRY, folderWide: false },
  ENOTDIR: { text: 'something else is in the way of the file', advice: RETRY, folderWide: false },
  EISDIR: { text: 'something else is in the way of the file', advice: RETRY, folderWide: false },
  ENOTEMPTY: { text: 'something else is in the way of the file', advice: RETRY, folderWide: false },
  EEXIST: { text: 'something else is in the way of the file', advice: RETRY, folderWide: false },
  ELOCKED: {
    text: 'another Coachbook is using the data folder',
    advice: 'Close the other Coachbook; this one saves again by itself once it can.',
    folderWide: true,
  },
};

/**
 * The cause when the folder itself refused a small test write: whatever the code, nothing can be
 * saved, and a permission error there means the folder is read-only.
 */
export function folderCause(error: unknown): StorageCause {
  const cause = causeOf(error);
  if (cause.code === 'EACCES' || cause.code === 'EPERM') {
    return { ...cause, text: 'the data folder is read-only', advice: READ_ONLY, folderWide: true };
  }
  return { ...cause, folderWide: true };
}

export function causeOf(error: unknown): StorageCause {
  const code = errnoOf(error) ?? (error instanceof Error ? error.name : 'unknown');
  const known = CAUSES[code];
  if (known) return { code, ...known };
  return { code, text: `the system refused the write (${code})`, advice: RETRY, folderWide: false };
}

/** The refusal while the store is read-only: the cause, and that nothing was changed. */
export function cannotSave(cause: StorageCause): AppError {
  return new AppError(
    'storage',
    `Coachbook cannot save: ${cause.text} (${cause.code}). Nothing was changed. ${cause.advice}`,
  );
}

/** A write to one file failed for a reason of its own. */
export function saveFailed(what: string, cause: StorageCause): AppError {
  return new AppError(
    'storage',
    `Coachbook could not save ${what}: ${cause.text} (${cause.code}). Nothing was changed. ${cause.advice}`,
  );
}
