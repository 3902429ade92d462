import { useQuery } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/ipc/contract';
import { api } from '../../lib/api';
import { queryKeys } from '../../lib/query-keys';
import { useAction, type ActionOptions } from '../../lib/use-action';

// Mutations refresh nothing by hand: the backend's data:changed event does (lib/data-sync.ts).

export function usePersonFeedback(personId: string) {
  return useQuery({
    queryKey: queryKeys.feedback(personId),
    queryFn: () => api.feedback.list({ personId }),
  });
}

type SaveFeedback =
  | ({ mode: 'create' } & ChannelInput<'feedback:create'>)
  | ({ mode: 'update' } & ChannelInput<'feedback:update'>);

export function useSaveFeedback(options?: ActionOptions<SaveFeedback, unknown>) {
  return useAction((input: SaveFeedback) => {
    if (input.mode === 'create') {
      const { mode: _create, ...fields } = input;
      return api.feedback.create(fields);
    }
    const { mode: _update, ...fields } = input;
    return api.feedback.update(fields);
  }, options);
}

type MarkDelivered = ChannelInput<'feedback:markDelivered'>;

export function useMarkDelivered(options?: ActionOptions<MarkDelivered, unknown>) {
  return useAction((input: MarkDelivered) => api.feedback.markDelivered(input), options);
}

type RemoveFeedback = ChannelInput<'feedback:remove'>;

export function useRemoveFeedback(options?: ActionOptions<RemoveFeedback, unknown>) {
  return useAction((input: RemoveFeedback) => api.feedback.remove(input), options);
}
