import { Badge, Button, Group, SegmentedControl, Select, Table, Text } from '@mantine/core';
import { IconUserPlus, IconUsers } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import {
  compareBy,
  matchesFilter,
  PERSON_SORTS,
  type PersonSort,
  type RosterFilter,
} from '../../../shared/domain/people';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { SearchInput } from '../../components/SearchInput';
import { formatMeeting } from '../../lib/format';
import { oneOf } from '../../lib/one-of';
import { usePeople } from './queries';

const ROSTER_STATUSES = [
  'active',
  'archived',
  'all',
] as const satisfies readonly RosterFilter['status'][];

const SORT_LABELS: Record<PersonSort, string> = {
  name: 'Name',
  nextMeeting: 'Next 1:1',
  startDate: 'Joined the team',
  role: 'Role',
};

export function TeamPage() {
  const navigate = useNavigate();
  const query = usePeople();
  const { data } = query;
  const [filter, setFilter] = useState<RosterFilter>({ text: '', status: 'active', tag: null });
  const [sort, setSort] = useState<PersonSort>('name');

  const allTags = useMemo(
    () => [...new Set((data ?? []).flatMap((v) => [...v.person.tags, ...v.person.skills]))].sort(),
    [data],
  );
  const rows = useMemo(
    () => (data ?? []).filter((v) => matchesFilter(v.person, filter)).sort(compareBy(sort)),
    [data, filter, sort],
  );

  const addButton = (
    <Button
      leftSection={<IconUserPlus size={18} aria-hidden />}
      onClick={() => navigate('/team/new')}
    >
      Add person
    </Button>
  );

  if (!query.isSuccess) return <QueryState query={query} label="Loading team" />;

  const people = query.data;
  const archivedCount = people.filter((v) => v.person.status === 'archived').length;
  const activeCount = people.length - archivedCount;

  return (
    <>
      <PageHeader
        title="Team"
        subtitle={`${activeCount} active${archivedCount ? `, ${archivedCount} archived` : ''}`}
        actions={people.length ? addButton : undefined}
      />
      {people.length === 0 ? (
        <EmptyState icon={<IconUsers aria-hidden />} title="Your team is empty" action={addButton}>
          Add the people you lead. Give each a 1:1 cadence and Coachbook works out when you meet
          next.
        </EmptyState>
      ) : (
        <>
          <Group mb="md" gap="sm" wrap="wrap">
            <SearchInput
              label="Filter people"
              placeholder="Filter by name, role, skill or tag"
              value={filter.text}
              onChange={(text) => setFilter({ ...filter, text })}
              w={280}
            />
            <SegmentedControl
              aria-label="Status"
              value={filter.status}
              onChange={(status) =>
                setFilter({ ...filter, status: oneOf(ROSTER_STATUSES, status) ?? 'active' })
              }
              data={[
                { value: 'active', label: 'Active' },
                { value: 'archived', label: 'Archived' },
                { value: 'all', label: 'All' },
              ]}
            />
            <Select
              aria-label="Skill or tag"
              placeholder="Any skill or tag"
              clearable
              data={allTags}
              value={filter.tag}
              onChange={(tag) => setFilter({ ...filter, tag })}
              w={200}
            />
            <Select
              aria-label="Sort by"
              allowDeselect={false}
              data={PERSON_SORTS.map((s) => ({ value: s, label: `Sort: ${SORT_LABELS[s]}` }))}
              value={sort}
              onChange={(value) => setSort(oneOf(PERSON_SORTS, value) ?? 'name')}
              w={180}
            />
          </Group>
          {rows.length === 0 ? (
            <Text c="dimmed" py="lg">
              Nobody matches this filter.{' '}
              {filter.status === 'active' && archivedCount > 0
                ? 'Archived people are under Archived.'
                : ''}
            </Text>
          ) : (
            <Table highlightOnHover verticalSpacing="sm" aria-label="Team members">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Role</Table.Th>
                  <Table.Th>Next 1:1</Table.Th>
                  <Table.Th>Skills and tags</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map(({ person, nextMeeting }) => (
                  <Table.Tr key={person.id}>
                    <Table.Td>
                      <Group gap="xs">
                        <Text
                          component={Link}
                          to={`/team/${person.id}`}
                          fw={600}
                          c="inherit"
                          td="none"
                        >
                          {person.name}
                        </Text>
                        {person.status === 'archived' && (
                          <Badge size="sm" color="gray" variant="light">
                            Archived
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>{person.role || <Text c="dimmed">—</Text>}</Table.Td>
                    <Table.Td>
                      {nextMeeting ? formatMeeting(nextMeeting) : <Text c="dimmed">—</Text>}
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {[...person.skills, ...person.tags].slice(0, 5).map((t) => (
                          <Badge key={t} variant="light" size="sm">
                            {t}
                          </Badge>
                        ))}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </>
      )}
    </>
  );
}
