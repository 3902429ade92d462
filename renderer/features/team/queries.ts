import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/ipc/contract';
import { api } from '../../lib/api';
import { queryKeys } from '../../lib/query-keys';
import { useAction, type ActionOptions } from '../../lib/use-action';

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

type Options<I> = ActionOptions<I, unknown>;

export const useCreatePerson = (options?: Options<ChannelInput<'people:create'>>) =>
  useAction((input: ChannelInput<'people:create'>) => api.people.create(input), options);
export const useUpdatePerson = (options?: Options<ChannelInput<'people:update'>>) =>
  useAction((input: ChannelInput<'people:update'>) => api.people.update(input), options);
export const useArchivePerson = (options?: Options<string>) =>
  useAction((id: string) => api.people.archive({ id }), options);
export const useRestorePerson = (options?: Options<string>) =>
  useAction((id: string) => api.people.restore({ id }), options);
/** Erases a person; their name travels with the call for the toast, since their data goes. */
export const useDeletePerson = () => {
  const client = useQueryClient();
  return useAction(
    async ({ id }: { id: string; name: string }) => {
      const result = await api.people.delete({ id });
      // Nothing of theirs should linger in memory once they are erased.
      client.removeQueries({ queryKey: queryKeys.person(id) });
      return result;
    },
    { done: (_, { name }) => `${name} was deleted.` },
  );
};
