import { describe, expect, it, vi } from 'vitest';
import { rendererErrorSchema } from '../../../../shared/ipc/channels/app';
import { AppError } from '../../../../shared/ipc/errors';
import {
  createErrorReporter,
  errorReport,
  reportUncaughtErrors,
} from '../../../../renderer/lib/error-reporting';

const STACK = '\n    at MeetingPage (app://coachbook/assets/index.js:1:2)\n    at Outlet';

describe('errorReport', () => {
  it("keeps the error's class, its AppError code and the component, never the message", () => {
    const report = errorReport('render', new TypeError('Priya wrote this'), STACK);
    expect(report).toEqual({
      kind: 'render',
      errorName: 'TypeError',
      code: null,
      component: 'MeetingPage',
    });
    expect(JSON.stringify(report)).not.toContain('Priya');
    expect(errorReport('unhandled-rejection', new AppError('not_found', 'Priya is gone'))).toEqual({
      kind: 'unhandled-rejection',
      errorName: 'AppError',
      code: 'not_found',
      component: null,
    });
  });

  it('always builds a report the channel accepts', () => {
    const odd = Object.assign(new Error('x'), { name: 'A name with spaces' });
    for (const report of [
      errorReport('window-error', odd, 'not a stack at all'),
      errorReport('window-error', 'a thrown string'),
      errorReport('window-error', undefined, '   '),
    ]) {
      expect(rendererErrorSchema.safeParse(report).success).toBe(true);
    }
  });
});

describe('createErrorReporter', () => {
  it('sends at most `limit` reports and swallows a failing send', async () => {
    const send = vi.fn(async () => Promise.reject(new Error('bridge down')));
    const report = createErrorReporter(send, 2);
    for (let i = 0; i < 5; i++) report('window-error', new Error('x'));
    await Promise.resolve();
    expect(send).toHaveBeenCalledTimes(2);
  });
});

describe('reportUncaughtErrors', () => {
  it('reports window errors and unhandled rejections until unsubscribed', () => {
    const target = new EventTarget();
    const report = vi.fn();
    const stop = reportUncaughtErrors(target, report);

    const error = new RangeError('x');
    target.dispatchEvent(Object.assign(new Event('error'), { error }));
    target.dispatchEvent(Object.assign(new Event('unhandledrejection'), { reason: 'why' }));
    expect(report.mock.calls).toEqual([
      ['window-error', error],
      ['unhandled-rejection', 'why'],
    ]);

    stop();
    target.dispatchEvent(Object.assign(new Event('error'), { error }));
    expect(report).toHaveBeenCalledTimes(2);
  });
});
