import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { Link } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { QueryState } from '../../components/QueryState';
import { SectionCard } from '../../components/SectionCard';
import { gapText } from './balance-text';
import { BalanceTable } from './BalanceTable';
import { useBalance } from './queries';
import { SpreadChart } from './SpreadChart';

const LONGEST_SHOWN = 5;

function Stat({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <Card withBorder>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fw={650} size="xl" aria-label={label}>
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Card>
  );
}

/** The balance a lead should see: how often, how evenly, and who has been missed. */
export function BalanceView() {
  const query = useBalance();
  if (!query.isSuccess) return <QueryState query={query} label="Loading the balance" />;
  const { data } = query;
  if (data.people.length === 0) {
    return (
      <EmptyState icon={<IconUsers aria-hidden />} title="No one to balance yet">
        Add the people you lead on the Team page; their recognition balance appears here.
      </EmptyState>
    );
  }
  const longest = data.longestWithout!;
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <Stat label="Recognition, last 30 days" value={String(data.total30)} />
        <Stat label="Recognition, last 90 days" value={String(data.total90)} />
        <Stat
          label={`Over ${data.gapDays} days without`}
          value={String(data.nudges.length)}
          hint={data.nudges.length ? data.nudges.map((p) => p.name).join(', ') : 'Nobody'}
        />
        <Stat label="Longest without" value={longest.name} hint={gapText(longest)} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <SpreadChart spread={data.spread} />
        <SectionCard title="Longest without recognition">
          <Stack gap={6} component="ol" aria-label="Longest without recognition" m={0} pl="md">
            {data.people.slice(0, LONGEST_SHOWN).map((p) => (
              <li key={p.personId}>
                <Group gap="xs" justify="space-between" wrap="nowrap">
                  <Anchor component={Link} to={`/team/${p.personId}`} size="sm" fw={600}>
                    {p.name}
                  </Anchor>
                  <Text size="sm" c={p.pastGap ? 'orange' : 'dimmed'}>
                    {gapText(p)}
                  </Text>
                </Group>
              </li>
            ))}
          </Stack>
          <Title order={3} size="h5" mt="lg" mb="sm">
            Values praised (last 90 days)
          </Title>
          {data.values.length ? (
            <Group gap={6}>
              {data.values.map((v) => (
                <Badge key={v.value} variant="light">
                  {v.value} ×{v.count}
                </Badge>
              ))}
            </Group>
          ) : (
            <Text size="sm" c="dimmed">
              No value picked yet. Naming the value makes praise easier to repeat.
            </Text>
          )}
          <Text size="xs" c="dimmed" mt="md">
            Today nudges you about anyone {data.gapDays} days or more without recognition.{' '}
            <Anchor component={Link} to="/settings" size="xs">
              Change the threshold or the values in Settings
            </Anchor>
            .
          </Text>
        </SectionCard>
      </SimpleGrid>
      <BalanceTable people={data.people} gapDays={data.gapDays} />
    </Stack>
  );
}
