import { isChannel } from '../../../shared/ipc/contract';
import type { Clock } from '../clock';
import { RotatingFile, type RotatingFileOptions } from './rotating-file';

/**
 * The log a lead can send when something goes wrong. It holds what happened and where (event,
 * channel, error code, ids, the error's class and code locations), never what anyone wrote: no
 * names, notes, inputs or error messages. Every field is checked when written, so a careless
 * caller cannot leak text either: anything that is not a code-like token is dropped.
 */
type LogEventName =
  | 'app:started'
  | 'app:quit'
  | 'app:startFailed'
  /** A channel answered an error a person can act on: bad input, not found, conflict, ... */
  | 'ipc:refused'
  /** A channel failed inside: an internal or storage error. */
  | 'ipc:failed'
  | 'main:uncaughtException'
  | 'main:unhandledRejection'
  | 'renderer:error'
  | 'renderer:gone'
  /** The data folder cannot be written (`code`: ENOSPC, EROFS, ...): the store is read-only. */
  | 'storage:readOnly'
  /** It can be written again. */
  | 'storage:writable'
  /** A damaged file was dealt with (`code`: restored, salvaged, no_backup, not_written, ...). */
  | 'storage:recovered'
  /** A save across several files, or a recovery, that a crash interrupted was finished at start. */
  | 'storage:journalFinished'
  /** The day's backup could not be written; the save went on. */
  | 'storage:backupFailed'
  /** Leftovers of interrupted writes were removed at start. */
  | 'storage:cleaned'
  /** The lock of a Coachbook that is no longer running was taken over. */
  | 'storage:lockTakenOver';

type LogLevel = 'info' | 'warn' | 'error';

interface LogFields {
  /** A contract channel (`people:create`). */
  channel?: string;
  /** An error code (`invalid_input`, `internal`). */
  code?: string;
  /** What kind of event, such as an exit reason (`crashed`) or a renderer error kind. */
  kind?: string;
  /** A React component's name. */
  component?: string;
  /** An error's class name (`TypeError`), as the renderer reports it. */
  errorName?: string;
  exitCode?: number;
  /** Record ids (uuids) the event concerns, by role: `{ personId }`. Anything else is dropped. */
  ids?: Record<string, string>;
  version?: string;
  platform?: string;
}

export interface EventLog {
  info(event: LogEventName, fields?: LogFields): void;
  /** `error`, when given, adds its class, system code (`ENOSPC`) and code locations; never its message. */
  warn(event: LogEventName, fields?: LogFields, error?: unknown): void;
  error(event: LogEventName, fields?: LogFields, error?: unknown): void;
}

/** For a backend without a log file (tests, the web test host). */
export const noEventLog: EventLog = { info: () => {}, warn: () => {}, error: () => {} };

const TOKEN = /^[A-Za-z0-9_$.:@<>+-]{1,80}$/;
const CLASS_NAME = /^[A-Za-z_$][\w$]{0,59}$/;
const SYSTEM_CODE = /^E[A-Z0-9_]{1,40}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ID_KEY = /^(id|[a-z][A-Za-z]{0,30}Id)$/;
const MAX_FRAMES = 8;

const token = (value: unknown) =>
  typeof value === 'string' && TOKEN.test(value) ? value : undefined;

/** The ids in an input or record: top-level `id`/`somethingId` fields that hold uuids. */
export function idsIn(value: unknown): Record<string, string> | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const ids = Object.entries(value).filter(
    ([key, id]) => ID_KEY.test(key) && typeof id === 'string' && UUID.test(id),
  );
  return ids.length ? Object.fromEntries(ids.slice(0, 8)) : undefined;
}

/**
 * Code locations from a V8 stack (`saveNotes@meetings-service.ts:120`): function names and file
 * names only, no folders (they may hold the user's name), and nothing from the message. When the
 * stack does not start with the error's own `name: message` line, where the message ends is
 * unknown, so no frame is kept.
 */
export function framesOf(error: Error): string[] | undefined {
  const stack = typeof error.stack === 'string' ? error.stack : '';
  const header = String(error);
  if (!stack.startsWith(header)) return undefined;
  const frames: string[] = [];
  for (const line of stack.slice(header.length).split('\n')) {
    const frame =
      /^\s+at (?:(?:async |new )?([\w$.<>]+) \()?(?:.*[\\/])?([\w.-]+):(\d+):\d+\)?$/.exec(line);
    if (!frame) continue;
    const [, fn, file, row] = frame;
    frames.push(fn ? `${fn}@${file}:${row}` : `${file}:${row}`);
    if (frames.length === MAX_FRAMES) break;
  }
  return frames.length ? frames : undefined;
}

function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { errorName: `non-error-${typeof error}` };
  const { code } = error as { code?: unknown };
  return {
    errorName: CLASS_NAME.test(error.name) ? error.name : 'Error',
    errno: typeof code === 'string' && SYSTEM_CODE.test(code) ? code : undefined,
    frames: framesOf(error),
  };
}

/** One line of the log file, as JSON. Pure, so the sanitising can be tested on its own. */
export function logLine(
  time: Date,
  level: LogLevel,
  event: LogEventName,
  fields: LogFields = {},
  error?: unknown,
): string {
  const ids = idsIn(fields.ids);
  const entry = {
    time: time.toISOString(),
    level,
    event: token(event),
    channel: isChannel(fields.channel) ? fields.channel : undefined,
    code: token(fields.code),
    kind: token(fields.kind),
    component: token(fields.component),
    errorName:
      typeof fields.errorName === 'string' && CLASS_NAME.test(fields.errorName)
        ? fields.errorName
        : undefined,
    exitCode: Number.isInteger(fields.exitCode) ? fields.exitCode : undefined,
    ids,
    version: token(fields.version),
    platform: token(fields.platform),
    ...(error === undefined ? {} : describeError(error)),
  };
  return `${JSON.stringify(entry)}\n`;
}

interface FileEventLogOptions extends RotatingFileOptions {
  clock: Clock;
}

/** The log in `dir`: coachbook.log, and the older coachbook.1.log ... coachbook.N.log. */
export function fileEventLog(options: FileEventLogOptions): EventLog & { file: RotatingFile } {
  const file = new RotatingFile(options);
  const write = (level: LogLevel) => (event: LogEventName, fields?: LogFields, error?: unknown) =>
    file.append(logLine(options.clock(), level, event, fields, error));
  return { file, info: write('info'), warn: write('warn'), error: write('error') };
}
