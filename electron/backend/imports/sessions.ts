import { randomUUID } from 'node:crypto';
import type { ImportProgress, OpenedImport } from '../../../shared/ipc/channels/imports';
import { AppError } from '../../../shared/ipc/errors';
import type { CsvDelimiter } from '../../../shared/model/kpis';
import {
  firstRows,
  guessDelimiter,
  looksBinary,
  stripBom,
} from '../../../shared/domain/imports/csv';
import type { Clock } from '../clock';

/** A picked file held in memory between the import's steps. */
export interface ImportSession {
  token: string;
  fileName: string;
  text: string;
  detectedDelimiter: CsvDelimiter;
  openedAt: number;
  progress: ImportProgress;
  /** One full read at a time per file: a dry run or an import. */
  queue: Promise<unknown>;
}

/** Files kept at once; opening another lets go of the oldest. */
const MAX_SESSIONS = 3;
/** A file not imported within this long is let go of. */
const MAX_AGE_MS = 3 * 60 * 60 * 1000;

const NOT_CSV_EXTENSIONS = /\.(xlsx|xlsm|xls|ods|numbers|pdf|zip|json|xml|docx?|png|jpe?g)$/i;
const NOT_CSV =
  'This file is not a CSV export. Export the report from your helpdesk as CSV (comma, semicolon or tab separated) and pick that file.';

/**
 * The files picked for import, by token. Lifecycle: `open` checks and keeps the text; the
 * preview, dry run and import read it; a finished import, `discard`, a newer file (beyond three)
 * or three hours let go of it. Nothing here writes to disk.
 */
export class ImportSessions {
  private readonly sessions = new Map<string, ImportSession>();

  constructor(private readonly clock: Clock) {}

  open(fileName: string, raw: string): OpenedImport {
    const text = stripBom(raw);
    if (text.trim() === '') {
      throw new AppError(
        'invalid_input',
        'This file is empty. Export the report again and pick the new file.',
        {
          file: 'This file is empty.',
        },
      );
    }
    if (NOT_CSV_EXTENSIONS.test(fileName) || looksBinary(text)) {
      throw new AppError('invalid_input', NOT_CSV, { file: NOT_CSV });
    }
    const detectedDelimiter = guessDelimiter(text);
    const rows = firstRows(text, detectedDelimiter, 2);
    if ((rows[0]?.length ?? 0) < 2) {
      const message =
        'Coachbook found only one column in this file, so it is not a CSV export it can read. Export the report as CSV and pick that file.';
      throw new AppError('invalid_input', message, { file: message });
    }
    if (rows.length < 2) {
      const message =
        'This file has column headings but no rows. Export a date range that has tickets and pick the new file.';
      throw new AppError('invalid_input', message, { file: message });
    }
    this.prune();
    const token = randomUUID();
    this.sessions.set(token, {
      token,
      fileName,
      text,
      detectedDelimiter,
      openedAt: this.clock().getTime(),
      progress: { phase: 'idle', fraction: 0, rowsRead: 0 },
      queue: Promise.resolve(),
    });
    return { token, fileName, size: text.length };
  }

  get(token: string): ImportSession {
    const session = this.sessions.get(token);
    if (!session) {
      throw new AppError(
        'not_found',
        'Coachbook no longer holds this file (it was imported, or set aside after a while). Pick the file again.',
      );
    }
    return session;
  }

  /** The file's progress; a file let go of after its import reads as done. */
  progress(token: string): ImportProgress {
    return this.sessions.get(token)?.progress ?? { phase: 'done', fraction: 1, rowsRead: 0 };
  }

  discard(token: string): void {
    this.sessions.delete(token);
  }

  /** Runs one full read of a file after the ones already asked for. */
  exclusive<R>(session: ImportSession, task: () => Promise<R>): Promise<R> {
    const result = session.queue.then(task);
    session.queue = result.catch(() => undefined);
    return result;
  }

  private prune(): void {
    const now = this.clock().getTime();
    for (const [token, session] of this.sessions) {
      if (now - session.openedAt > MAX_AGE_MS) this.sessions.delete(token);
    }
    while (this.sessions.size >= MAX_SESSIONS) {
      const oldest = this.sessions.keys().next().value;
      if (oldest === undefined) break;
      this.sessions.delete(oldest);
    }
  }
}
