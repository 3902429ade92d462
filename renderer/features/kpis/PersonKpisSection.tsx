import { Anchor, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { PersonMetricTrend } from '../../../shared/domain/kpis/person-trends';
import { periodLabel } from '../../../shared/domain/kpis/periods';
import { formatKpiChange } from '../../../shared/domain/kpis/format';
import { QueryState } from '../../components/QueryState';
import { SectionCard } from '../../components/SectionCard';
import { KpiTrendChart } from './KpiTrendChart';
import { usePersonKpis } from './queries';
import { ChangeText, showValue, TargetStatus } from './TrendBits';

/** The profile's KPIs: each metric over time against its target, the previous value and the team. */
export function PersonKpisSection({ personId }: { personId: string }) {
  const query = usePersonKpis(personId);
  const withValues = (query.data ?? []).filter((t) => t.series.length > 0);
  const without = (query.data ?? []).filter((t) => t.series.length === 0);
  return (
    <section aria-labelledby="kpis-heading">
      <Group justify="space-between" mt="xl" mb="sm">
        <Title order={2} size="h4" id="kpis-heading">
          KPIs
        </Title>
        <Anchor component={Link} to="/kpis?tab=enter" size="sm">
          Enter values
        </Anchor>
      </Group>
      <QueryState query={query} label="Loading KPIs" />
      {query.data && withValues.length === 0 && (
        <Text c="dimmed" size="sm">
          No KPI values yet. Type them on the KPIs page or import a helpdesk CSV.
        </Text>
      )}
      {withValues.length > 0 && (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          {withValues.map((t) => (
            <MetricTrendCard key={t.metric.id} trend={t} />
          ))}
        </SimpleGrid>
      )}
      {query.data && withValues.length > 0 && without.length > 0 && (
        <Text c="dimmed" size="sm" mt="sm">
          No values yet for {without.map((t) => t.metric.name).join(', ')}.
        </Text>
      )}
    </section>
  );
}

function MetricTrendCard({ trend: t }: { trend: PersonMetricTrend }) {
  const { metric, trend } = t;
  const last = trend.last!;
  const againstMedian = t.teamMedian === null ? null : last.value - t.teamMedian;
  return (
    <SectionCard
      title={metric.name + (metric.archived ? ' (archived)' : '')}
      action={<TargetStatus trend={trend} />}
    >
      <Stack gap="xs">
        <KpiTrendChart metric={metric} series={t.series} />
        <Group gap="lg" align="start">
          <Fact label={`Last, ${periodLabel(last.period)}`}>
            <Text size="sm" fw={600}>
              {showValue(last.value, metric)}
            </Text>
          </Fact>
          <Fact label={trend.previous ? `On ${periodLabel(trend.previous.period)}` : 'Before'}>
            <ChangeText trend={trend} metric={metric} />
          </Fact>
          <Fact label="Team median">
            <Text size="sm">
              {t.teamMedian === null
                ? 'None'
                : `${showValue(t.teamMedian, metric)} (${formatKpiChange(againstMedian!, metric.unit)})`}
            </Text>
          </Fact>
        </Group>
      </Stack>
    </SectionCard>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      {children}
    </div>
  );
}
