import { mkdir } from 'node:fs/promises';
import { isAbsolute } from 'node:path';
import type { App, Shell } from 'electron';
import type { LogFolderHost } from '../backend/context';
import type { EventLog } from '../backend/logging/event-log';

/** `COACHBOOK_LOG_DIR` wins (tests and portable use), then the OS's logs folder for the app. */
export function resolveLogDir(env: NodeJS.ProcessEnv, appLogs: string): string {
  const fromEnv = env.COACHBOOK_LOG_DIR?.trim();
  return fromEnv && isAbsolute(fromEnv) ? fromEnv : appLogs;
}

type ProcessEvents = Pick<NodeJS.Process, 'on' | 'platform'>;

/**
 * Logs startup, quit, a renderer process that died, and the main process's uncaught errors.
 * Uncaught exceptions are watched through `uncaughtExceptionMonitor`, which leaves Electron's own
 * handling as it was; an unhandled rejection is logged and still printed.
 */
export function logAppLifecycle(
  app: Pick<App, 'on' | 'getVersion'>,
  log: EventLog,
  proc: ProcessEvents = process,
): void {
  log.info('app:started', { version: app.getVersion(), platform: proc.platform });
  app.on('will-quit', () => log.info('app:quit'));
  app.on('render-process-gone', (_event, _contents, details) =>
    log.error('renderer:gone', { kind: details.reason, exitCode: details.exitCode }),
  );
  proc.on('uncaughtExceptionMonitor', (error, origin) =>
    log.error('main:uncaughtException', { kind: origin }, error),
  );
  proc.on('unhandledRejection', (reason) => {
    log.error('main:unhandledRejection', {}, reason);
    console.error('Unhandled rejection in the main process', reason);
  });
}

/** The host through which Settings opens the log folder (created first, so it always opens). */
export function logFolderHost(shell: Pick<Shell, 'openPath'>, dir: string): LogFolderHost {
  return {
    path: dir,
    async open() {
      await mkdir(dir, { recursive: true });
      const problem = await shell.openPath(dir);
      return problem ? { ok: false, message: problem } : { ok: true };
    },
  };
}
