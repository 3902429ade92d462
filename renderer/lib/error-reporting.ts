import type { RendererErrorReport } from '../../shared/ipc/channels/app';
import { AppError } from '../../shared/ipc/errors';

type Kind = RendererErrorReport['kind'];
type Send = (report: RendererErrorReport) => Promise<unknown>;

const CODE_NAME = /^[A-Za-z_$][\w$.-]{0,59}$/;

/** The first component in React's component stack (`\n    at MeetingPage (...)`). */
function componentOf(componentStack: string | undefined): string | null {
  const name = /^\s*(?:at\s+)?([A-Za-z_$][\w$.]*)/.exec(componentStack?.trim() ?? '')?.[1];
  return name && CODE_NAME.test(name) ? name : null;
}

/** What the log may hear of an error: its class, its AppError code, the component. No message. */
export function errorReport(
  kind: Kind,
  error: unknown,
  componentStack?: string,
): RendererErrorReport {
  const name = error instanceof Error ? error.name : `non-error-${typeof error}`;
  return {
    kind,
    errorName: CODE_NAME.test(name) ? name : 'Error',
    code: error instanceof AppError ? error.code : null,
    component: componentOf(componentStack),
  };
}

/**
 * Sends errors to the log through `app:reportError`, at most `limit` per page load so an error
 * in a loop cannot push everything older out of the log. A report that fails is dropped: it must
 * never raise another error.
 */
export function createErrorReporter(send: Send, limit = 20) {
  let sent = 0;
  return (kind: Kind, error: unknown, componentStack?: string): void => {
    if (sent >= limit) return;
    sent += 1;
    try {
      send(errorReport(kind, error, componentStack)).catch(() => undefined);
    } catch {
      // The bridge itself is missing or broken: nothing to report to.
    }
  };
}

/** Reports the page's uncaught errors and unhandled promise rejections; answers the unsubscribe. */
export function reportUncaughtErrors(
  target: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>,
  report: ReturnType<typeof createErrorReporter>,
): () => void {
  const onError = (event: Event) => report('window-error', (event as ErrorEvent).error);
  const onRejection = (event: Event) =>
    report('unhandled-rejection', (event as PromiseRejectionEvent).reason);
  target.addEventListener('error', onError);
  target.addEventListener('unhandledrejection', onRejection);
  return () => {
    target.removeEventListener('error', onError);
    target.removeEventListener('unhandledrejection', onRejection);
  };
}
