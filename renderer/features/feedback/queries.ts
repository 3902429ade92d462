import { useMutation, useQuery } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/ipc/contract';
import { api } from '../../lib/api';
import { useInvalidateRelated } from '../recognition/queries';

export const feedbackKeys = {
  all: ['feedback'] as const,
  person: (personId: string) => ['feedback', personId] as const,
};

export function usePersonFeedback(personId: string) {
  return useQuery({
    queryKey: feedbackKeys.person(personId),
    queryFn: () => api.feedback.list({ personId }),
  });
}

export function useSaveFeedback() {
  const invalidate = useInvalidateRelated();
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
    onSuccess: invalidate,
  });
}

export function useMarkDelivered() {
  const invalidate = useInvalidateRelated();
  return useMutation({
    mutationFn: (input: ChannelInput<'feedback:markDelivered'>) =>
      api.feedback.markDelivered(input),
    onSuccess: invalidate,
  });
}

export function useRemoveFeedback() {
  const invalidate = useInvalidateRelated();
  return useMutation({
    mutationFn: (input: ChannelInput<'feedback:remove'>) => api.feedback.remove(input),
    onSuccess: invalidate,
  });
}
