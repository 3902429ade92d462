import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/ipc/contract';
import { api } from '../../lib/api';
import { queryKeys } from '../../lib/query-keys';

// Mutations refresh nothing by hand: the backend's data:changed event does (lib/data-sync.ts).

export function usePeople() {
  return useQuery({
    queryKey: queryKeys.roster,
    queryFn: () => api.people.list({ includeArchived: true }),
  });
}

export function usePerson(id: string) {
  return useQuery({ queryKey: queryKeys.profile(id), queryFn: () => api.people.get({ id }) });
}

export const useCreatePerson = () =>
  useMutation({ mutationFn: (input: ChannelInput<'people:create'>) => api.people.create(input) });
export const useUpdatePerson = () =>
  useMutation({ mutationFn: (input: ChannelInput<'people:update'>) => api.people.update(input) });
export const useArchivePerson = () =>
  useMutation({ mutationFn: (id: string) => api.people.archive({ id }) });
export const useRestorePerson = () =>
  useMutation({ mutationFn: (id: string) => api.people.restore({ id }) });
export const useDeletePerson = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.people.delete({ id }),
    // Nothing of theirs should linger in memory once they are erased.
    onSuccess: (_result, id) => client.removeQueries({ queryKey: queryKeys.person(id) }),
  });
};
