import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/ipc/contract';
import { api } from '../../lib/api';
import { queryKeys, type FeedFilter } from '../../lib/query-keys';

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
  return useMutation({
    mutationFn: (input: ChannelInput<'recognition:create'>) => api.recognition.create(input),
  });
}

export function useRemoveRecognition() {
  return useMutation({ mutationFn: (id: string) => api.recognition.remove({ id }) });
}

export function useSetGapDays() {
  return useMutation({ mutationFn: (days: number) => api.recognition.setGapDays({ days }) });
}

/** The shortcut lives in the desktop settings, not in a document, so no change event covers it. */
export function useSetShortcut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (accelerator: string) => api.recognition.setShortcut({ accelerator }),
    onSuccess: (prefs) => client.setQueryData(queryKeys.recognitionPreferences, prefs),
  });
}

export function useSaveValues() {
  return useMutation({ mutationFn: (values: string[]) => api.values.save({ values }) });
}
