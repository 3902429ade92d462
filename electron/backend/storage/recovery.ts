import { dirname, join } from 'node:path';
import { format } from 'date-fns';
import type { StoreContext } from './document-file';
import { ensureFolder, syncFolder } from './durable-write';
import { serialize } from './durable-json-file';
import { exists } from './fs';
import { commitAll, UnfinishedJournalError } from './journal';
import {
  InvalidDocumentError,
  NewerVersionError,
  upgradeWithSource,
  type DocumentKind,
} from './migrations';
import { repairStrayBytes, salvageEntries } from './salvage';
import { causeOf } from './storage-errors';
import { findUnknownFields, withUnknownFields, type UnknownFields } from './unknown-fields';

export interface Recovered<T> {
  /** What to show; null when nothing valid remains (the file was, or is to be, set aside). */
  document: T | null;
  unknown: UnknownFields | null;
  /**
   * Set when the replacement could not be written: the damaged file is still in place, untouched.
   * The document shows the replacement; this finishes the swap, before any write to the file.
   */
  pending: (() => Promise<void>) | null;
}

/** A replacement for a damaged file, and how to tell the lead where it came from. */
interface Replacement<T> {
  document: T;
  unknown: UnknownFields | null;
  how: 'salvaged' | 'repaired' | 'restored';
  /** The backup's label, or what was taken out. */
  detail: string;
}

const idOf = (relPath: string) => /^people\/([^/]+)\.json$/.exec(relPath)?.[1];

/**
 * Deals with a file that failed to read, parse, migrate or validate. Where only some entries are
 * bad, or stray bytes broke the JSON, the rest is kept; otherwise the newest valid backup (by when
 * it was taken) replaces it. The replacement is written first and the swap (damaged file aside,
 * replacement in place) is journalled, so a crash or a full disk never leaves the file missing:
 * if the replacement cannot be written, the damaged file stays where it is and the lead is told
 * exactly that. With no replacement, the file is set aside untouched. Answers null when there is
 * nothing to show.
 */
export async function recoverDamaged<T>(
  relPath: string,
  kind: DocumentKind<T>,
  ctx: StoreContext,
  text: string,
  cause: unknown,
): Promise<Recovered<T> | null> {
  const reason = cause instanceof Error ? cause.message : String(cause);
  const replacement = salvage(text, cause, kind) ?? (await newestValidBackup(relPath, kind, ctx));
  const key = `recovery:${relPath}`;
  const id = idOf(relPath);
  const log = (code: string) =>
    ctx.events?.warn('storage:recovered', {
      code,
      kind: kind.label,
      ...(id ? { ids: { personId: id } } : {}),
    });

  if (!replacement.found) {
    const setAsideAndTell = async () => {
      const aside = await setAside(relPath, ctx);
      ctx.notices.add(
        {
          level: 'error',
          title: `A damaged ${kind.label} file could not be restored`,
          message: `${relPath} could not be read (${reason}) and ${replacement.tried ? `none of its ${replacement.tried} backups is valid` : 'no valid backup of it exists'}. It was set aside as ${aside}, untouched, so nothing in it is lost.`,
        },
        key,
      );
      log('no_backup');
    };
    try {
      await setAsideAndTell();
    } catch (error) {
      const failure = causeOf(error);
      await ctx.health.failed(error, relPath);
      ctx.notices.add(
        {
          level: 'error',
          title: `A damaged ${kind.label} file could not be set aside`,
          message: `${relPath} could not be read (${reason}) and no valid backup of it exists. Coachbook could not move it aside either (${failure.text}, ${failure.code}), so it was left where it is, untouched; it tries again at the next start.`,
        },
        key,
      );
      log('not_set_aside');
      // Still in place: nothing may be written over it before it is set aside.
      return { document: null, unknown: null, pending: setAsideAndTell };
    }
    return null;
  }

  const { document, unknown } = replacement;
  const swap = async () => {
    const aside = await asidePath(relPath, ctx);
    const content = serialize(withUnknownFields(document, unknown));
    await commitAll(ctx.dataDir, ctx.fs, [{ relPath, content }], {
      purpose: 'recovery',
      before: [{ from: relPath, to: aside, replace: false }],
    });
    ctx.notices.add(told(relPath, kind.label, reason, replacement, join(ctx.dataDir, aside)), key);
    log(replacement.how);
  };
  try {
    await swap();
    return { document, unknown, pending: null };
  } catch (error) {
    if (error instanceof UnfinishedJournalError) {
      ctx.health.enterFatal(causeOf(error.cause));
      return { document, unknown, pending: null };
    }
    const failure = causeOf(error);
    await ctx.health.failed(error, relPath);
    const source =
      replacement.how === 'restored'
        ? `Its ${replacement.detail} backup is valid`
        : 'Most of it could be kept';
    ctx.notices.add(
      {
        level: 'error',
        title: `A damaged ${kind.label} file could not be restored yet`,
        message: `${relPath} could not be read (${reason}). ${source}, but Coachbook could not write the restored copy: ${failure.text} (${failure.code}). The damaged file was left where it is, untouched, and what you see comes from the restored copy. Coachbook finishes the restore as soon as it can save again.`,
      },
      key,
    );
    log('not_written');
    return { document, unknown, pending: swap };
  }
}

function told<T>(
  relPath: string,
  label: string,
  reason: string,
  replacement: Replacement<T>,
  aside: string,
) {
  if (replacement.how === 'restored') {
    return {
      level: 'warning' as const,
      title: `A damaged ${label} file was restored`,
      message: `${relPath} could not be read (${reason}). It was set aside as ${aside} and the ${replacement.detail} backup was restored. Changes made after that backup are in the set-aside file.`,
    };
  }
  return {
    level: 'warning' as const,
    title: `Part of a damaged ${label} file was set aside`,
    message: `${relPath} could not be read as it was (${reason}). Coachbook kept everything else and set aside ${replacement.detail}. The file as it was is in ${aside}.`,
  };
}

/** Keeps what is sound: stray bytes removed, or bad list entries taken out. */
function salvage<T>(
  text: string,
  cause: unknown,
  kind: DocumentKind<T>,
): (Replacement<T> & { found: true }) | null {
  if (cause instanceof InvalidDocumentError) {
    const kept = salvageEntries(cause.document, kind);
    if (!kept) return null;
    const unknown = findUnknownFields(cause.document, kept.document);
    return {
      found: true,
      document: kept.document,
      unknown,
      how: 'salvaged',
      detail: list(kept.removed),
    };
  }
  if (!(cause instanceof SyntaxError)) return null;
  const repaired = repairStrayBytes(text);
  if (!repaired) return null;
  const bytes = `${repaired.removed.length} stray byte${repaired.removed.length === 1 ? '' : 's'} (${list(repaired.removed)})`;
  try {
    const { document, source } = upgradeWithSource(repaired.value, kind);
    return {
      found: true,
      document,
      unknown: findUnknownFields(source, document),
      how: 'repaired',
      detail: bytes,
    };
  } catch (error) {
    if (!(error instanceof InvalidDocumentError)) return null;
    const kept = salvageEntries(error.document, kind);
    if (!kept) return null;
    const unknown = findUnknownFields(error.document, kept.document);
    return {
      found: true,
      document: kept.document,
      unknown,
      how: 'salvaged',
      detail: `${bytes} and ${list(kept.removed)}`,
    };
  }
}

const list = (items: string[]) => items.join('; ');

export async function newestValidBackup<T>(
  relPath: string,
  kind: DocumentKind<T>,
  ctx: StoreContext,
): Promise<(Replacement<T> & { found: true }) | { found: false; tried: number }> {
  const candidates = await ctx.backups.candidates(relPath);
  for (const candidate of candidates) {
    try {
      const text = (await ctx.backups.read(candidate)).replace(/^\uFEFF/, '');
      const { document, source } = upgradeWithSource(JSON.parse(text) as unknown, kind);
      const unknown = findUnknownFields(source, document);
      return { found: true, document, unknown, how: 'restored', detail: candidate.label };
    } catch (error) {
      // A damaged backup is skipped; an older one may still be good. One from a newer version too.
      if (error instanceof NewerVersionError) continue;
    }
  }
  return { found: false, tried: candidates.length };
}

/** `damaged/people__p-1.json.20261118T090000.json`, made unique if that name is taken. */
async function asidePath(relPath: string, ctx: StoreContext): Promise<string> {
  const stamp = format(ctx.clock(), "yyyyMMdd'T'HHmmss");
  const base = `damaged/${relPath.replaceAll('/', '__')}.${stamp}`;
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? `${base}.json` : `${base}-${n}.json`;
    if (!(await exists(ctx.fs, join(ctx.dataDir, candidate)))) return candidate;
  }
}

/** Moves a damaged file into `damaged/` (one rename, nothing written). Answers its new path. */
async function setAside(relPath: string, ctx: StoreContext): Promise<string> {
  const aside = join(ctx.dataDir, await asidePath(relPath, ctx));
  const from = join(ctx.dataDir, relPath);
  await ensureFolder(dirname(aside), ctx.fs);
  await ctx.fs.rename(from, aside);
  await syncFolder(dirname(from), ctx.fs);
  await syncFolder(dirname(aside), ctx.fs);
  return aside;
}
