import { Group, Text } from '@mantine/core';
import {
  IconAlertTriangle,
  IconArrowDownRight,
  IconArrowUpRight,
  IconCircleCheck,
  IconMinus,
} from '@tabler/icons-react';
import { formatKpiChange, formatKpiValue } from '../../../shared/domain/kpis/format';
import type { MetricTrend } from '../../../shared/domain/kpis/team-table';
import type { MetricDefinition } from '../../../shared/model/kpis';

export const showValue = (value: number, metric: MetricDefinition): string =>
  formatKpiValue(value, metric.unit, { scaleMax: metric.scaleMax });

/** The metric's target in words: "Target 90 % or more", "Target 1 h or less", "No target". */
export function targetText(metric: MetricDefinition): string {
  if (metric.target === null) return 'No target';
  return `Target ${showValue(metric.target, metric)} or ${metric.direction === 'higher' ? 'more' : 'less'}`;
}

/** Last against previous: an arrow and the change in words, never colour alone. */
export function ChangeText({ trend, metric }: { trend: MetricTrend; metric: MetricDefinition }) {
  if (trend.change === null) {
    return (
      <Text span size="sm" c="dimmed">
        No earlier value
      </Text>
    );
  }
  const Icon =
    trend.change === 0 ? IconMinus : trend.change > 0 ? IconArrowUpRight : IconArrowDownRight;
  const word = trend.better === null ? 'no change' : trend.better ? 'better' : 'worse';
  return (
    <Group gap={4} wrap="nowrap">
      <Icon size={14} aria-hidden />
      <Text span size="sm" c={trend.better === false ? 'red' : undefined}>
        {formatKpiChange(trend.change, metric.unit)} ({word})
      </Text>
    </Group>
  );
}

/** Against the target, and the streak when it missed two periods or more in a row. */
export function TargetStatus({ trend }: { trend: MetricTrend }) {
  if (trend.meetsTarget === null) {
    return (
      <Text span size="sm" c="dimmed">
        {trend.last ? 'No target' : 'No values yet'}
      </Text>
    );
  }
  if (trend.flagged) {
    return (
      <Group gap={4} wrap="nowrap" className="kpi-flag">
        <IconAlertTriangle size={16} aria-hidden />
        <Text span size="sm" fw={600}>
          Below target {trend.streak} periods in a row
        </Text>
      </Group>
    );
  }
  return (
    <Group gap={4} wrap="nowrap">
      {trend.meetsTarget ? (
        <IconCircleCheck size={16} aria-hidden />
      ) : (
        <IconAlertTriangle size={16} aria-hidden />
      )}
      <Text span size="sm">
        {trend.meetsTarget ? 'On target' : 'Below target'}
      </Text>
    </Group>
  );
}
