import { Anchor, Badge, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { TeamGrowthView } from '../../../shared/ipc/channels/growth';
import { TRAINING_KIND_LABELS } from '../../../shared/model/growth';
import { SectionCard } from '../../components/SectionCard';
import { formatDate } from '../../lib/format';

const hours = (n: number) => `${Number.isInteger(n) ? n : n.toFixed(1)} h`;

/** Who is doing what, hours this quarter and year, what is late, what lapses soon. */
export function TrainingView({ view }: { view: TeamGrowthView }) {
  const overdue = view.training.flatMap((r) =>
    r.overdue.map((t) => ({ ...t, name: r.name, personId: r.personId })),
  );
  const expiring = view.training.flatMap((r) =>
    r.certifications.map((c) => ({ ...c, name: r.name, personId: r.personId })),
  );
  const total = view.training.reduce(
    (sum, r) => ({ quarter: sum.quarter + r.hours.quarter, year: sum.year + r.hours.year }),
    { quarter: 0, year: 0 },
  );
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <SectionCard title="Trainings overdue">
          {overdue.length === 0 ? (
            <Text size="sm" c="dimmed">
              Nothing overdue.
            </Text>
          ) : (
            <Stack gap={4} component="ul" className="plain-list" aria-label="Trainings overdue">
              {overdue.map((t) => (
                <Text key={t.trainingId} component="li" size="sm">
                  <Anchor component={Link} to={`/team/${t.personId}`} size="sm">
                    {t.name}
                  </Anchor>
                  : {t.title}, due {formatDate(t.dueOn)}{' '}
                  <Badge size="xs" color="red">
                    {t.daysOverdue}d late
                  </Badge>
                </Text>
              ))}
            </Stack>
          )}
        </SectionCard>
        <SectionCard title="Certifications expiring within 60 days">
          {expiring.length === 0 ? (
            <Text size="sm" c="dimmed">
              None lapse in the next 60 days.
            </Text>
          ) : (
            <Stack
              gap={4}
              component="ul"
              className="plain-list"
              aria-label="Certifications expiring"
            >
              {expiring.map((c) => (
                <Text key={c.trainingId} component="li" size="sm">
                  <Anchor component={Link} to={`/team/${c.personId}`} size="sm">
                    {c.name}
                  </Anchor>
                  : {c.title}{' '}
                  {c.state === 'expired'
                    ? `lapsed ${formatDate(c.expiresOn)}`
                    : `expires ${formatDate(c.expiresOn)} (${c.daysLeft} days)`}
                </Text>
              ))}
            </Stack>
          )}
        </SectionCard>
      </SimpleGrid>
      <Table striped aria-label="Training per person" verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Person</Table.Th>
            <Table.Th>Doing now</Table.Th>
            <Table.Th ta="right">This quarter</Table.Th>
            <Table.Th ta="right">This year</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {view.training.map((r) => (
            <Table.Tr key={r.personId}>
              <Table.Td>
                <Anchor component={Link} to={`/team/${r.personId}`} size="sm">
                  {r.name}
                </Anchor>
              </Table.Td>
              <Table.Td>
                {r.open.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    Nothing planned
                  </Text>
                ) : (
                  <Text size="sm">
                    {r.open
                      .map(
                        (t) =>
                          `${t.title} (${TRAINING_KIND_LABELS[t.kind].toLowerCase()}${t.dueOn ? `, due ${formatDate(t.dueOn)}` : ''})`,
                      )
                      .join('; ')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right">{hours(r.hours.quarter)}</Table.Td>
              <Table.Td ta="right">{hours(r.hours.year)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th>Team</Table.Th>
            <Table.Th />
            <Table.Th ta="right">{hours(total.quarter)}</Table.Th>
            <Table.Th ta="right">{hours(total.year)}</Table.Th>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Stack>
  );
}
