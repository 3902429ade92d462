import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { PersonBalance } from '../../../shared/model/balance';
import { SectionCard } from '../../components/SectionCard';
import { formatDate } from '../../lib/format';

/** Per person: last recognised, praise and constructive feedback in 30 and 90 days, values. */
export function BalanceTable({ people, gapDays }: { people: PersonBalance[]; gapDays: number }) {
  return (
    <SectionCard title="Per person">
      <Table.ScrollContainer minWidth={760}>
        <Table aria-label="Recognition balance per person" verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Person</Table.Th>
              <Table.Th>Last recognised</Table.Th>
              <Table.Th ta="right">Days without</Table.Th>
              <Table.Th ta="right">Praise 30 / 90 days</Table.Th>
              <Table.Th ta="right">Constructive 30 / 90 days</Table.Th>
              <Table.Th>Values praised (90 days)</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {people.map((p) => (
              <Table.Tr key={p.personId} data-testid={`balance-${p.personId}`}>
                <Table.Td>
                  <Anchor component={Link} to={`/team/${p.personId}`} fw={600} size="sm">
                    {p.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {p.lastRecognisedOn ? formatDate(p.lastRecognisedOn) : 'Never'}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">
                  <Group gap={6} justify="flex-end" wrap="nowrap">
                    {p.pastGap && (
                      <Badge color="orange" variant="light" size="sm">
                        Over {gapDays}
                      </Badge>
                    )}
                    <Text size="sm">{p.daysWithout}</Text>
                  </Group>
                </Table.Td>
                <Table.Td ta="right">
                  <Text size="sm">
                    {p.recognitions30} / {p.recognitions90}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">
                  <Text size="sm">
                    {p.constructive30} / {p.constructive90}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {p.values.length ? (
                    <Group gap={4}>
                      {p.values.map((v) => (
                        <Badge key={v.value} variant="light" size="sm">
                          {v.value} ×{v.count}
                        </Badge>
                      ))}
                    </Group>
                  ) : (
                    <Text size="sm" c="dimmed">
                      —
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </SectionCard>
  );
}
