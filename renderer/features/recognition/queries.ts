import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/ipc/contract';
import { api } from '../../lib/api';
import { queryKeys, type FeedFilter } from '../../lib/query-keys';
import { useAction, type ActionOptions } from '../../lib/use-action';

export type { FeedFilter };

// Mutations refresh nothing by hand: the backend's data:changed event does (lib/data-sync.ts),
// in this window and in the capture window alike.

export function useRecognitionFeed(filter: FeedFilter) {
  return useQuery({
    queryKey: queryKeys.feed(filter),
    queryFn: () => api.recognition.feed(filter),
  });
}

export function usePersonRecognition(personId: string) {
  return useQuery({
    queryKey: queryKeys.personRecognition(personId),
    queryFn: () => api.recognition.forPerson({ personId }),
  });
}

export function useBalance() {
  return useQuery({ queryKey: queryKeys.balance, queryFn: () => api.recognition.balance() });
}

export function useRecognitionPreferences() {
  return useQuery({
    queryKey: queryKeys.recognitionPreferences,
    queryFn: () => api.recognition.preferences(),
  });
}

export function useValues() {
  return useQuery({ queryKey: queryKeys.values, queryFn: () => api.values.list() });
}

export function useCreateRecognition() {
  return useAction((input: ChannelInput<'recognition:create'>) => api.recognition.create(input));
}

export function useRemoveRecognition() {
  return useAction((id: string) => api.recognition.remove({ id }));
}

export function useSetGapDays(options?: ActionOptions<number, unknown>) {
  return useAction((days: number) => api.recognition.setGapDays({ days }), options);
}

/** The shortcut lives in the desktop settings, not in a document, so no change event covers it. */
export function useSetShortcut(options?: ActionOptions<string, unknown>) {
  const client = useQueryClient();
  return useAction(async (accelerator: string) => {
    const prefs = await api.recognition.setShortcut({ accelerator });
    client.setQueryData(queryKeys.recognitionPreferences, prefs);
    return prefs;
  }, options);
}

export function useSaveValues(options?: ActionOptions<string[], unknown>) {
  return useAction((values: string[]) => api.values.save({ values }), options);
}
