import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  keepTrayCurrent,
  trayPauseActions,
  trayStateOf,
  type TrayBackend,
} from '../../../../electron/main/reminders/tray-reminders';
import type { RemindersView } from '../../../../shared/model/reminders';

const NOW = Date.parse('2026-11-18T12:00:00Z');

const view = (over: Partial<RemindersView> = {}): RemindersView => ({
  reminders: [],
  next: { title: '1:1 with Ben Okafor at 13:00', at: '2026-11-18T13:00:00Z' },
  pausedUntil: null,
  notifications: 'available',
  ...over,
});

/** A backend whose reminders:list answers `current`, with both change signals to fire by hand. */
function fakeBackend(current: () => RemindersView) {
  const reminderListeners = new Set<() => void>();
  const dataListeners = new Set<() => void>();
  const invoke = vi.fn(async (channel: unknown) =>
    channel === 'reminders:list'
      ? { ok: true as const, value: current() }
      : { ok: true as const, value: {} },
  );
  const backend: TrayBackend = {
    invoke,
    onDataChanged: (listener) => {
      dataListeners.add(listener as () => void);
      return () => dataListeners.delete(listener as () => void);
    },
    reminders: {
      onChanged: (listener) => {
        reminderListeners.add(listener);
        return () => reminderListeners.delete(listener);
      },
    },
  };
  const fire = (set: Set<() => void>) => () => [...set].forEach((l) => l());
  return {
    backend,
    invoke,
    reminderChanged: fire(reminderListeners),
    dataChanged: fire(dataListeners),
  };
}

describe('trayStateOf', () => {
  it('takes the next reminder, and the pause only while it lasts', () => {
    expect(trayStateOf(view(), 'en-GB', NOW)).toEqual({
      next: '1:1 with Ben Okafor at 13:00',
      pausedUntil: null,
    });
    const paused = view({ pausedUntil: '2026-11-18T12:30:00Z', next: null });
    expect(trayStateOf(paused, 'en-GB', NOW).pausedUntil).toMatch(/^\d\d:30$/);
    expect(trayStateOf(paused, 'en-GB', Date.parse('2026-11-18T12:31:00Z')).pausedUntil).toBeNull();
  });
});

describe('keepTrayCurrent', () => {
  afterEach(() => vi.useRealTimers());

  it('reads the reminders at once and again on every reminder or data change', async () => {
    let current = view();
    const { backend, reminderChanged, dataChanged } = fakeBackend(() => current);
    const showReminders = vi.fn();
    const stop = keepTrayCurrent({ backend, showReminders, locale: 'en-GB', now: () => NOW });
    await vi.waitFor(() => expect(showReminders).toHaveBeenCalledTimes(1));
    expect(showReminders).toHaveBeenLastCalledWith({
      next: '1:1 with Ben Okafor at 13:00',
      pausedUntil: null,
    });

    current = view({ next: { title: 'Prep: 1:1 with Ana Silva at 15:00', at: '' } });
    reminderChanged();
    await vi.waitFor(() => expect(showReminders).toHaveBeenCalledTimes(2));
    expect(showReminders.mock.lastCall![0].next).toBe('Prep: 1:1 with Ana Silva at 15:00');
    dataChanged();
    await vi.waitFor(() => expect(showReminders).toHaveBeenCalledTimes(3));

    stop();
    reminderChanged();
    dataChanged();
    await new Promise((r) => setTimeout(r, 10));
    expect(showReminders).toHaveBeenCalledTimes(3);
  });

  it('looks again when a pause ends, so Resume does not outlive it', async () => {
    vi.useFakeTimers({ now: NOW });
    let current = view({ pausedUntil: '2026-11-18T13:00:00Z' });
    const { backend } = fakeBackend(() => current);
    const showReminders = vi.fn();
    keepTrayCurrent({ backend, showReminders, locale: 'en-GB' });
    await vi.advanceTimersByTimeAsync(0);
    expect(showReminders.mock.lastCall![0].pausedUntil).not.toBeNull();
    current = view();
    await vi.advanceTimersByTimeAsync(60 * 60_000 + 1_000);
    expect(showReminders.mock.lastCall![0].pausedUntil).toBeNull();
  });

  it('pauses for an hour and resumes through reminders:pause', () => {
    const { backend, invoke } = fakeBackend(() => view());
    const { pauseReminders, resumeReminders } = trayPauseActions(backend);
    pauseReminders();
    resumeReminders();
    expect(invoke.mock.calls).toEqual([
      ['reminders:pause', { minutes: 60 }],
      ['reminders:pause', { minutes: 0 }],
    ]);
  });
});
