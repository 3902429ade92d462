import { useQuery } from '@tanstack/react-query';
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/ipc/contract';
import { api } from '../../lib/api';
import { queryKeys } from '../../lib/query-keys';
import { useAction, type ActionOptions } from '../../lib/use-action';

// Mutations refresh nothing by hand: the backend's data:changed event does (lib/data-sync.ts).

export function useKpiSettings() {
  return useQuery({ queryKey: queryKeys.kpiSettings, queryFn: () => api.kpis.settings() });
}

export function useKpiGrid(input: ChannelInput<'kpis:grid'> | null) {
  return useQuery({
    queryKey: queryKeys.kpiGrid(input ?? { mode: 'metric', metricId: '' }),
    queryFn: () => api.kpis.grid(input!),
    enabled: input !== null,
    placeholderData: (previous) => previous,
  });
}

export function useKpiTeam(count: number) {
  return useQuery({ queryKey: queryKeys.kpiTeam(count), queryFn: () => api.kpis.team({ count }) });
}

export function usePersonKpis(personId: string) {
  return useQuery({
    queryKey: queryKeys.personKpis(personId),
    queryFn: () => api.kpis.person({ personId }),
  });
}

type KpisChannel = Extract<Channel, `kpis:${string}`>;

/** One KPI channel as an action (toast, field errors, undo): `useKpisAction('kpis:archiveMetric')`. */
export function useKpisAction<C extends KpisChannel>(
  channel: C,
  options?: ActionOptions<ChannelInput<C>, ChannelOutput<C>>,
) {
  const verb = channel.slice('kpis:'.length);
  const methods = api.kpis as unknown as Record<string, (input: unknown) => Promise<unknown>>;
  return useAction(
    (input: ChannelInput<C>) => methods[verb]!(input) as Promise<ChannelOutput<C>>,
    options,
  );
}
