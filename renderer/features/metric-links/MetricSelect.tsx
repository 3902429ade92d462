import { Select } from '@mantine/core';
import type { ReactNode } from 'react';
import { useKpiSettings } from '../kpis/queries';

interface MetricSelectProps {
  /** The metric's id, '' for none. */
  value: string;
  onChange: (metricId: string) => void;
  error?: ReactNode;
  /** What the entry links to now: kept on offer when it has been archived since. */
  current: string | null;
  description?: string;
}

/**
 * Links feedback or a goal to one of the team's metrics. Only metrics in use are offered; an
 * archived metric the entry already links to stays, marked, so editing the entry keeps it.
 */
export function MetricSelect({ value, onChange, error, current, description }: MetricSelectProps) {
  const settings = useKpiSettings();
  const metrics = settings.data?.metrics ?? [];
  const data = metrics
    .filter((m) => !m.archived || m.id === current)
    .map((m) => ({ value: m.id, label: m.archived ? `${m.name} (archived)` : m.name }));
  return (
    <Select
      label="Metric"
      description={description}
      placeholder={settings.isPending ? 'Loading metrics…' : 'None'}
      clearable
      searchable
      nothingFoundMessage="No metric of that name"
      data={data}
      value={value || null}
      onChange={(v) => onChange(v ?? '')}
      error={error}
    />
  );
}
