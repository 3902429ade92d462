import { useMutation, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { ChannelInput } from '../../../shared/ipc/contract';
import { api } from '../../lib/api';

export type FeedFilter = NonNullable<ChannelInput<'recognition:feed'>>;

export const recognitionKeys = {
  all: ['recognition'] as const,
  feed: (filter: FeedFilter) => ['recognition', 'feed', filter] as const,
  person: (personId: string) => ['recognition', 'person', personId] as const,
  balance: ['recognition', 'balance'] as const,
  preferences: ['recognition', 'preferences'] as const,
};
export const valuesKey = ['values'] as const;

/** Queries other screens show that recognition and feedback change (the 1:1 brief and agenda). */
export const RELATED_KEYS: QueryKey[] = [
  recognitionKeys.all,
  ['feedback'],
  ['brief'],
  ['meetings'],
  ['today'],
];

export function useInvalidateRelated() {
  const client = useQueryClient();
  return () => Promise.all(RELATED_KEYS.map((queryKey) => client.invalidateQueries({ queryKey })));
}

/**
 * Praise may be saved in the capture window while this window stays visible, which TanStack's
 * visibility check does not notice: refresh recognition whenever this window gets focus.
 */
export function useRefreshOnFocus() {
  const client = useQueryClient();
  useEffect(() => {
    const refresh = () => void client.invalidateQueries({ queryKey: recognitionKeys.all });
    window.addEventListener('focus', refresh);
    return () => window.removeEventListener('focus', refresh);
  }, [client]);
}

export function useRecognitionFeed(filter: FeedFilter) {
  return useQuery({
    queryKey: recognitionKeys.feed(filter),
    queryFn: () => api.recognition.feed(filter),
  });
}

export function usePersonRecognition(personId: string) {
  return useQuery({
    queryKey: recognitionKeys.person(personId),
    queryFn: () => api.recognition.forPerson({ personId }),
  });
}

export function useBalance() {
  return useQuery({ queryKey: recognitionKeys.balance, queryFn: () => api.recognition.balance() });
}

export function useRecognitionPreferences() {
  return useQuery({
    queryKey: recognitionKeys.preferences,
    queryFn: () => api.recognition.preferences(),
  });
}

export function useValues() {
  return useQuery({ queryKey: valuesKey, queryFn: () => api.values.list() });
}

export function useCreateRecognition() {
  const invalidate = useInvalidateRelated();
  return useMutation({
    mutationFn: (input: ChannelInput<'recognition:create'>) => api.recognition.create(input),
    onSuccess: invalidate,
  });
}

export function useRemoveRecognition() {
  const invalidate = useInvalidateRelated();
  return useMutation({
    mutationFn: (id: string) => api.recognition.remove({ id }),
    onSuccess: invalidate,
  });
}

export function useSetGapDays() {
  const invalidate = useInvalidateRelated();
  return useMutation({
    mutationFn: (days: number) => api.recognition.setGapDays({ days }),
    onSuccess: invalidate,
  });
}

export function useSetShortcut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (accelerator: string) => api.recognition.setShortcut({ accelerator }),
    onSuccess: (prefs) => client.setQueryData(recognitionKeys.preferences, prefs),
  });
}

export function useSaveValues() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (values: string[]) => api.values.save({ values }),
    onSuccess: (values) => client.setQueryData(valuesKey, values),
  });
}
