import { Group, Select, Stack, Table, Text } from '@mantine/core';
import type {
  DryRunSummary,
  ImportPreview,
  PersonMatch,
} from '../../../shared/ipc/channels/imports';

const SKIP = 'skip';
const ADD = 'add';

interface Props {
  summary: DryRunSummary;
  people: ImportPreview['people'];
  matches: PersonMatch[];
  onMatches: (matches: PersonMatch[]) => void;
}

/** Step 3: the names and emails no one on the team has: match each, skip it, or add a person. */
export function PeopleStep({ summary, people, matches, onMatches }: Props) {
  const unresolved = summary.unmatched;
  const handled = matches.filter((m) => !unresolved.some((u) => u.key === m.key));
  const options = [
    { value: SKIP, label: 'Skip these rows' },
    { value: ADD, label: 'Add as a new person' },
    ...people.map((p) => ({ value: p.id, label: p.archived ? `${p.name} (archived)` : p.name })),
  ];
  const valueOf = (key: string) => {
    const match = matches.find((m) => m.key === key);
    if (!match) return null;
    return match.action === 'match' ? match.personId : match.action;
  };
  const choose = (key: string, value: string | null) => {
    const rest = matches.filter((m) => m.key !== key);
    if (value === null) return onMatches(rest);
    const match: PersonMatch =
      value === SKIP || value === ADD
        ? { key, action: value, personId: null }
        : { key, action: 'match', personId: value };
    onMatches([...rest, match]);
  };

  return (
    <Stack gap="sm">
      <Text>
        {summary.people.length} {summary.people.length === 1 ? 'person' : 'people'} matched by email
        or name.{' '}
        {unresolved.length === 0 && handled.length === 0
          ? 'Everyone in the file is on your team.'
          : 'Choose who these rows belong to; a match by hand is remembered for next time.'}
      </Text>
      {unresolved.length + handled.length > 0 && (
        <Table aria-label="People not on your team">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">In the file</Table.Th>
              <Table.Th scope="col">Rows</Table.Th>
              <Table.Th scope="col">Belongs to</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[
              ...unresolved,
              ...handled.map((m) => ({ key: m.key, name: '', email: '', rows: null })),
            ].map((u) => {
              const label =
                u.name && u.email ? `${u.name} (${u.email})` : u.name || u.email || u.key;
              return (
                <Table.Tr key={u.key}>
                  <Table.Th scope="row" fw={500}>
                    {label}
                  </Table.Th>
                  <Table.Td>{u.rows ?? '-'}</Table.Td>
                  <Table.Td>
                    <Group gap="xs">
                      <Select
                        aria-label={`Who ${label} is`}
                        placeholder="Not matched: rows skipped"
                        data={options}
                        value={valueOf(u.key)}
                        onChange={(v) => choose(u.key, v)}
                        clearable
                        searchable
                      />
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
