import { Badge, Button, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { TeamGrowthView } from '../../../shared/ipc/channels/growth';
import { CRITICALITY_LABELS, type SkillDefinition } from '../../../shared/model/growth';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { RemoveButton } from '../../components/RemoveButton';
import { CardAction, SectionCard } from '../../components/SectionCard';
import { GroupsCard } from './GroupsCard';
import { LevelDescriptionsCard } from './LevelDescriptionsCard';
import { api } from '../../lib/api';
import { useAction } from '../../lib/use-action';
import type { AppError } from '../../../shared/ipc/errors';
import { SkillModal } from './SkillModal';
import { TemplatesCard } from './TemplatesCard';

/** The team's skills in groups, what each level means, and the plan templates. */
export function SkillsSettings({ view }: { view: TeamGrowthView }) {
  const [editing, setEditing] = useState<SkillDefinition | 'new' | null>(null);
  // The backend answers a conflict when people have a level in the skill: its message is the question.
  const [deleting, setDeleting] = useState<{ skill: SkillDefinition; question: string } | null>(
    null,
  );
  const remove = useAction(
    async ({ skill, confirm }: { skill: SkillDefinition; confirm: boolean }) => {
      try {
        return await api.growth.removeSkill({ skillId: skill.id, confirm });
      } catch (error) {
        const answer = error as Partial<AppError> | null;
        if (!confirm && answer?.code === 'conflict') return { askFirst: answer.message ?? '' };
        throw error;
      }
    },
    {
      done: (r) =>
        'askFirst' in r
          ? ''
          : `Skill deleted${r.peopleWithLevels ? `; ${r.peopleWithLevels === 1 ? 'one person keeps' : `${r.peopleWithLevels} people keep`} its level history` : ''}.`,
    },
  );
  const askOrDelete = (skill: SkillDefinition) =>
    remove.run(
      { skill, confirm: false },
      { onSuccess: (r) => 'askFirst' in r && setDeleting({ skill, question: r.askFirst }) },
    );
  const groupName = (id: string) => view.groups.find((g) => g.id === id)?.name ?? '';

  return (
    <Stack gap="lg">
      <SectionCard
        title="Skills"
        action={
          <CardAction icon={<IconPlus size={14} aria-hidden />} onClick={() => setEditing('new')}>
            Add skill
          </CardAction>
        }
      >
        {view.skills.length === 0 ? (
          <Text size="sm" c="dimmed">
            No skills yet. Add the queues, channels (phone, chat, email, social), products, tools
            and soft skills your team needs covered, with how many people should cover each.
          </Text>
        ) : (
          <Table aria-label="Skills" verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Skill</Table.Th>
                <Table.Th>Group</Table.Th>
                <Table.Th>Criticality</Table.Th>
                <Table.Th>Covers from level</Table.Th>
                <Table.Th>People it needs</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {view.skills.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>{s.name}</Table.Td>
                  <Table.Td>{groupName(s.groupId)}</Table.Td>
                  <Table.Td>
                    <Badge
                      size="sm"
                      variant="light"
                      color={s.criticality === 'critical' ? 'red' : 'gray'}
                    >
                      {CRITICALITY_LABELS[s.criticality]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{s.requiredLevel}</Table.Td>
                  <Table.Td>{s.targetCoverage}</Table.Td>
                  <Table.Td>
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        onClick={() => setEditing(s)}
                        aria-label={`Edit ${s.name}`}
                      >
                        Edit
                      </Button>
                      <RemoveButton
                        label={`Delete skill ${s.name}`}
                        onClick={() => askOrDelete(s)}
                        tooltip="Delete"
                      />
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </SectionCard>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <GroupsCard groups={view.groups} skills={view.skills} />
        <LevelDescriptionsCard descriptions={view.levelDescriptions} />
      </SimpleGrid>
      <TemplatesCard />
      <SkillModal
        editing={editing}
        groups={view.groups}
        levelDescriptions={view.levelDescriptions}
        onClose={() => setEditing(null)}
      />
      <ConfirmDialog
        opened={deleting !== null}
        title={`Delete the skill ${deleting?.skill.name ?? ''}?`}
        confirmLabel="Delete skill"
        busy={remove.isPending}
        onClose={() => setDeleting(null)}
        onConfirm={() =>
          deleting &&
          remove.run(
            { skill: deleting.skill, confirm: true },
            { onSuccess: () => setDeleting(null) },
          )
        }
      >
        {deleting?.question} The skill leaves the matrix and coverage; each level history stays on
        the person's profile under its name.
      </ConfirmDialog>
    </Stack>
  );
}
