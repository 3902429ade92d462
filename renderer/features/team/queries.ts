import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/ipc/contract';
import { api } from '../../lib/api';

export const peopleKeys = {
  all: ['people'] as const,
  list: () => ['people', 'list'] as const,
  one: (id: string) => ['people', 'one', id] as const,
};
const todayKey = ['today'] as const;

export function usePeople() {
  return useQuery({
    queryKey: peopleKeys.list(),
    queryFn: () => api.people.list({ includeArchived: true }),
  });
}

export function usePerson(id: string) {
  return useQuery({ queryKey: peopleKeys.one(id), queryFn: () => api.people.get({ id }) });
}

/** Every roster change can move a next 1:1, so it refreshes the roster and Today. */
function useRosterMutation<I, O>(mutationFn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: peopleKeys.all }),
        client.invalidateQueries({ queryKey: todayKey }),
        // A cadence change moves the 1:1s on the profile and the brief's next 1:1.
        client.invalidateQueries({ queryKey: ['meetings'] }),
        client.invalidateQueries({ queryKey: ['brief'] }),
      ]);
    },
  });
}

export const useCreatePerson = () =>
  useRosterMutation((input: ChannelInput<'people:create'>) => api.people.create(input));
export const useUpdatePerson = () =>
  useRosterMutation((input: ChannelInput<'people:update'>) => api.people.update(input));
export const useArchivePerson = () => useRosterMutation((id: string) => api.people.archive({ id }));
export const useRestorePerson = () => useRosterMutation((id: string) => api.people.restore({ id }));
export const useDeletePerson = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.people.delete({ id }),
    onSuccess: (_result, id) => {
      client.removeQueries({ queryKey: peopleKeys.one(id) });
      return Promise.all([
        client.invalidateQueries({ queryKey: peopleKeys.list() }),
        client.invalidateQueries({ queryKey: todayKey }),
      ]);
    },
  });
};
