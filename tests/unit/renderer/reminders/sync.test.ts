import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { followNavigation } from '../../../../renderer/features/reminders/follow-navigation';
import { syncOnReminderChanges } from '../../../../renderer/lib/data-sync';
import { queryKeys } from '../../../../renderer/lib/query-keys';
import type { CoachbookApi } from '../../../../shared/ipc/create-api';

/** window.coachbook.events, fired by hand. */
function fakeEvents() {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const events = {
    on: (event: string, listener: (payload: unknown) => void) => {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set.add(listener));
      return () => void set.delete(listener);
    },
  } as unknown as CoachbookApi['events'];
  const fire = (event: string, payload: unknown) =>
    listeners.get(event)?.forEach((listener) => listener(payload));
  return { events, fire };
}

describe('reminders:changed', () => {
  it('makes the bell and the reminder settings stale, and nothing else', () => {
    const client = new QueryClient();
    const keys = [
      queryKeys.reminders,
      queryKeys.reminderSettings,
      queryKeys.startAtLogin,
      queryKeys.today,
      queryKeys.profile('p-1'),
    ];
    for (const key of keys) client.setQueryData(key, { cached: true });
    const { events, fire } = fakeEvents();
    const stop = syncOnReminderChanges(client, events);
    fire('reminders:changed', {});
    const stale = keys.filter((key) => client.getQueryState(key)?.isInvalidated);
    expect(stale).toEqual([queryKeys.reminders, queryKeys.reminderSettings]);

    stop();
    client.clear();
    client.setQueryData(queryKeys.reminders, { cached: true });
    fire('reminders:changed', {});
    expect(client.getQueryState(queryKeys.reminders)?.isInvalidated).toBe(false);
  });
});

describe('app:navigate', () => {
  it('opens the route the main process asks for', () => {
    const router = { navigate: vi.fn() };
    const { events, fire } = fakeEvents();
    const stop = followNavigation(router, events);
    fire('app:navigate', { path: '/team/p-1/brief' });
    expect(router.navigate).toHaveBeenCalledWith('/team/p-1/brief');
    stop();
    fire('app:navigate', { path: '/growth' });
    expect(router.navigate).toHaveBeenCalledTimes(1);
  });
});
