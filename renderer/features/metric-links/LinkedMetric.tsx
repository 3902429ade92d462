import { Group, Text } from '@mantine/core';
import { IconChartLine } from '@tabler/icons-react';
import { formatKpiValue } from '../../../shared/domain/kpis/format';
import { periodLabel } from '../../../shared/domain/kpis/periods';
import { meetsTarget } from '../../../shared/domain/kpis/trends';
import { useKpiSettings, usePersonKpis } from '../kpis/queries';

/** The metric a feedback entry or a goal links to: its name and the person's latest value. */
export function LinkedMetric({ personId, metricId }: { personId: string; metricId: string }) {
  const settings = useKpiSettings();
  const trends = usePersonKpis(personId);
  const metric = settings.data?.metrics.find((m) => m.id === metricId);
  if (!settings.data) return null;
  if (!metric) {
    return (
      <Text size="sm" c="dimmed">
        Linked to a metric that is no longer defined.
      </Text>
    );
  }
  const last = trends.data?.find((t) => t.metric.id === metricId)?.series.at(-1);
  const met = last ? meetsTarget(last.value, metric) : null;
  return (
    <Group gap={6} wrap="nowrap" aria-label={`Linked metric: ${metric.name}`}>
      <IconChartLine size={14} aria-hidden />
      <Text size="sm">
        <Text span fw={600} size="sm">
          {metric.name}
          {metric.archived ? ' (archived)' : ''}:
        </Text>{' '}
        {last ? (
          <>
            {formatKpiValue(last.value, metric.unit, { scaleMax: metric.scaleMax })} in{' '}
            {periodLabel(last.period)}
            {met === null ? '' : met ? ', on target' : ', target missed'}
          </>
        ) : trends.isPending ? (
          '…'
        ) : trends.isError ? (
          'values could not be read'
        ) : (
          'no values yet'
        )}
      </Text>
    </Group>
  );
}
