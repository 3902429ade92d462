import { useQuery } from '@tanstack/react-query';
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/ipc/contract';
import type { PersonGrowthView } from '../../../shared/ipc/channels/growth';
import type { PersonGrowth } from '../../../shared/model/growth';
import { api } from '../../lib/api';
import { queryKeys } from '../../lib/query-keys';
import { useAction, type ActionOptions } from '../../lib/use-action';

// Mutations refresh nothing by hand: the backend's data:changed event does (lib/data-sync.ts).

export function usePersonGrowth(personId: string) {
  return useQuery({
    queryKey: queryKeys.personGrowth(personId),
    queryFn: () => api.growth.person({ personId }),
  });
}

export function useGrowthTeam() {
  return useQuery({ queryKey: queryKeys.growthTeam, queryFn: () => api.growth.team() });
}

export function useGrowthToday() {
  return useQuery({ queryKey: queryKeys.growthToday, queryFn: () => api.growth.today() });
}

export function useGrowthSettings() {
  return useQuery({ queryKey: queryKeys.growthSettings, queryFn: () => api.growth.settings() });
}

type GrowthChannel = Extract<Channel, `growth:${string}`>;

/** One growth channel as an action (toast, field errors, undo): `useGrowthAction('growth:setLevel')`. */
export function useGrowthAction<C extends GrowthChannel>(
  channel: C,
  options?: ActionOptions<ChannelInput<C>, ChannelOutput<C>>,
) {
  const verb = channel.slice('growth:'.length);
  const methods = api.growth as unknown as Record<string, (input: unknown) => Promise<unknown>>;
  return useAction(
    (input: ChannelInput<C>) => methods[verb]!(input) as Promise<ChannelOutput<C>>,
    options,
  );
}

/** The person's growth as the shared rules read it (the timeline), from the profile's view. */
export function toPersonGrowth(view: PersonGrowthView): PersonGrowth {
  return {
    goals: view.goals,
    trainings: view.trainings,
    absences: view.absences,
    skills: view.skills.map((s) => ({
      skillId: s.skillId,
      skillName: s.name,
      history: s.history,
      targetLevel: s.targetLevel,
      canTrain: s.canTrain,
    })),
  };
}
