import { Anchor, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { periodLabel, periodShortLabel } from '../../../shared/domain/kpis/periods';
import type { TeamTableMetric, TeamTableRow } from '../../../shared/domain/kpis/team-table';
import type { MetricDefinition } from '../../../shared/model/kpis';
import { Sparkline } from '../../components/LazyCharts';
import { SectionCard } from '../../components/SectionCard';
import { ChangeText, showValue, TargetStatus, targetText } from './TrendBits';

/** Per metric: every active person's last value, change, target streak and sparkline. */
export function TeamTable({ table }: { table: TeamTableMetric[] }) {
  if (table.length === 0) {
    return <Text c="dimmed">No metrics in use. Add one on the Metrics tab.</Text>;
  }
  return (
    <Stack gap="md">
      {table.map((entry) => (
        <MetricCard key={entry.metric.id} entry={entry} />
      ))}
    </Stack>
  );
}

function MetricCard({ entry }: { entry: TeamTableMetric }) {
  const { metric, periods, rows } = entry;
  const last = periods.at(-1)!;
  const anyValue = rows.some((r) => r.last !== null);
  return (
    <SectionCard
      title={metric.name}
      action={
        <Text size="sm" c="dimmed">
          {targetText(metric)} · team median {periodLabel(last)}:{' '}
          {entry.teamMedian === null ? 'none' : showValue(entry.teamMedian, metric)}
        </Text>
      }
    >
      {!anyValue ? (
        <Text size="sm" c="dimmed">
          No values yet: type them on the Enter values tab or import a CSV.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing={4} aria-label={`${metric.name} by person`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Person</Table.Th>
                <Table.Th>
                  {periodLabel(periods[0]!)} to {periodLabel(last)}
                </Table.Th>
                <Table.Th>Last value</Table.Th>
                <Table.Th>On the one before</Table.Th>
                <Table.Th>Against target</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <PersonRow key={row.personId} row={row} metric={metric} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </SectionCard>
  );
}

function PersonRow({ row, metric }: { row: TeamTableRow; metric: MetricDefinition }) {
  const shown = row.points.filter((p): p is number => p !== null);
  return (
    <Table.Tr data-flagged={row.flagged || undefined}>
      <Table.Td>
        <Anchor component={Link} to={`/team/${row.personId}`} size="sm">
          {row.name}
        </Anchor>
      </Table.Td>
      <Table.Td>
        {shown.length >= 2 ? (
          <div
            className="kpi-sparkline"
            role="img"
            aria-label={`${metric.name} for ${row.name}: ${shown.map((p) => showValue(p, metric)).join(', ')}`}
          >
            <Sparkline
              h={28}
              data={row.points}
              connectNulls
              curveType="linear"
              color={row.flagged ? 'orange' : 'blue'}
              fillOpacity={0.2}
              strokeWidth={1.5}
            />
          </div>
        ) : (
          <Text size="xs" c="dimmed">
            {shown.length === 1 ? 'One value' : 'No values'}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        {row.last ? (
          <Text size="sm">
            {showValue(row.last.value, metric)}{' '}
            <Text span size="xs" c="dimmed">
              {periodShortLabel(row.last.period)}
            </Text>
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            None
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <ChangeText trend={row} metric={metric} />
      </Table.Td>
      <Table.Td>
        <TargetStatus trend={row} />
      </Table.Td>
    </Table.Tr>
  );
}
