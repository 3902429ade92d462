import { useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ReminderSettings,
  RemindersView,
  SnoozeChoice,
} from '../../../shared/model/reminders';
import { api } from '../../lib/api';
import { queryKeys } from '../../lib/query-keys';
import { useAction, type ActionOptions } from '../../lib/use-action';

// The engine announces every change (reminders:changed, lib/data-sync.ts); the answers below are
// put in the cache at once too, so the bell does not wait for the event to redraw.

export function useReminders() {
  return useQuery({ queryKey: queryKeys.reminders, queryFn: () => api.reminders.list() });
}

function useViewAction<I>(call: (input: I) => Promise<RemindersView>, failureTitle: string) {
  const client = useQueryClient();
  return useAction(
    async (input: I) => {
      const view = await call(input);
      client.setQueryData(queryKeys.reminders, view);
      return view;
    },
    { failureTitle },
  );
}

export function useSnoozeReminder() {
  return useViewAction(
    (input: { id: string; for: SnoozeChoice }) => api.reminders.snooze(input),
    'The reminder was not snoozed',
  );
}

export function useDismissReminders() {
  return useViewAction(
    (ids: string[]) => api.reminders.dismiss({ ids }),
    'The reminder was not dismissed',
  );
}

/** 0 minutes resumes. */
export function usePauseReminders() {
  return useViewAction(
    (minutes: number) => api.reminders.pause({ minutes }),
    'Reminders were not paused',
  );
}

export function useReminderSettings() {
  return useQuery({
    queryKey: queryKeys.reminderSettings,
    queryFn: () => api.reminders.settings(),
  });
}

export function useSaveReminderSettings(
  options: ActionOptions<ReminderSettings, ReminderSettings>,
) {
  const client = useQueryClient();
  return useAction(async (settings: ReminderSettings) => {
    const saved = await api.reminders.saveSettings(settings);
    client.setQueryData(queryKeys.reminderSettings, saved);
    return saved;
  }, options);
}

/** Start at login is the system's, not a document's: no change event covers it. */
export function useStartAtLogin() {
  return useQuery({ queryKey: queryKeys.startAtLogin, queryFn: () => api.app.startAtLogin() });
}

export function useSetStartAtLogin() {
  const client = useQueryClient();
  return useAction(
    async (enabled: boolean) => {
      const state = await api.app.setStartAtLogin({ enabled });
      client.setQueryData(queryKeys.startAtLogin, state);
      return state;
    },
    {
      failureTitle: 'Start at login did not change',
      done: (state) =>
        state.enabled
          ? 'Coachbook will start in the tray when you log in.'
          : 'Coachbook will no longer start when you log in.',
    },
  );
}
