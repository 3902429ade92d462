import { Anchor, Checkbox, Group, Select, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { PersonGrowthView, PersonSkillView } from '../../../shared/ipc/channels/growth';
import { SKILL_LEVELS } from '../../../shared/model/growth';
import { SectionCard } from '../../components/SectionCard';
import { formatDate } from '../../lib/format';
import { LevelGlyph } from './LevelGlyph';
import { useGrowthAction } from './queries';

const history = (s: PersonSkillView) =>
  s.history.length === 0
    ? 'Not set yet'
    : `${s.history.map((h) => h.level).join(' → ')} (since ${formatDate(s.history[0]!.on)})`;

/** A person's levels, targets and trainer marks; every change is kept with its date. */
export function PersonSkillsCard({ view }: { view: PersonGrowthView }) {
  const setLevel = useGrowthAction('growth:setLevel');
  const setMarks = useGrowthAction('growth:setSkillMarks');
  const current = view.skills.filter((s) => s.groupId !== null);
  const deleted = view.skills.filter((s) => s.groupId === null);
  const levels = SKILL_LEVELS.map((l) => ({
    value: String(l),
    label: `${l} · ${view.levelDescriptions[l] ?? ''}`,
  }));
  return (
    <SectionCard title="Skills">
      {current.length === 0 ? (
        <Text size="sm" c="dimmed">
          The team has no skills defined yet.{' '}
          <Anchor component={Link} to="/growth" size="sm">
            Define them on the Growth page
          </Anchor>{' '}
          (queues, channels, products, tools, soft skills), then set levels here or in the matrix.
        </Text>
      ) : (
        <Table verticalSpacing={4} aria-label="Skill levels">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Skill</Table.Th>
              <Table.Th>Level</Table.Th>
              <Table.Th>Target</Table.Th>
              <Table.Th>Trains others</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {current.map((s) => (
              <Table.Tr key={s.skillId}>
                <Table.Td>
                  <Text size="sm">{s.name}</Text>
                  <Text size="xs" c="dimmed">
                    {history(s)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <LevelGlyph level={s.level} descriptions={view.levelDescriptions} />
                    <Select
                      aria-label={`${s.name} level`}
                      size="xs"
                      w={150}
                      allowDeselect={false}
                      data={levels}
                      value={String(s.level)}
                      onChange={(v) =>
                        v !== null &&
                        setLevel.run({
                          personId: view.personId,
                          skillId: s.skillId,
                          level: Number(v),
                        })
                      }
                    />
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Select
                    aria-label={`${s.name} target level`}
                    size="xs"
                    w={150}
                    placeholder="None"
                    clearable
                    data={levels}
                    value={s.targetLevel === null ? null : String(s.targetLevel)}
                    onChange={(v) =>
                      setMarks.run({
                        personId: view.personId,
                        skillId: s.skillId,
                        targetLevel: v === null ? null : Number(v),
                        canTrain: s.canTrain,
                      })
                    }
                  />
                </Table.Td>
                <Table.Td>
                  <Checkbox
                    aria-label={`Can train others in ${s.name}`}
                    checked={s.canTrain}
                    onChange={(e) =>
                      setMarks.run({
                        personId: view.personId,
                        skillId: s.skillId,
                        targetLevel: s.targetLevel,
                        canTrain: e.currentTarget.checked,
                      })
                    }
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {deleted.length > 0 && (
        <Stack gap={2} mt="sm" aria-label="Skills no longer on the team's list">
          <Text size="xs" fw={600}>
            Skills since deleted
          </Text>
          {deleted.map((s) => (
            <Text key={s.skillId} size="xs" c="dimmed">
              {s.name}: {history(s)}
            </Text>
          ))}
        </Stack>
      )}
    </SectionCard>
  );
}
