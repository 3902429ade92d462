import { useMutation, useQuery } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/ipc/contract';
import { api } from '../../lib/api';
import { queryKeys } from '../../lib/query-keys';

// Mutations refresh nothing by hand: the backend's data:changed event does (lib/data-sync.ts).

export function usePersonFeedback(personId: string) {
  return useQuery({
    queryKey: queryKeys.feedback(personId),
    queryFn: () => api.feedback.list({ personId }),
  });
}

export function useSaveFeedback() {
  return useMutation({
    mutationFn: (
      input:
        | ({ mode: 'create' } & ChannelInput<'feedback:create'>)
        | ({ mode: 'update' } & ChannelInput<'feedback:update'>),
    ) => {
      const { mode, ...rest } = input;
      return mode === 'create'
        ? api.feedback.create(rest as ChannelInput<'feedback:create'>)
        : api.feedback.update(rest as ChannelInput<'feedback:update'>);
    },
  });
}

export function useMarkDelivered() {
  return useMutation({
    mutationFn: (input: ChannelInput<'feedback:markDelivered'>) =>
      api.feedback.markDelivered(input),
  });
}

export function useRemoveFeedback() {
  return useMutation({
    mutationFn: (input: ChannelInput<'feedback:remove'>) => api.feedback.remove(input),
  });
}
