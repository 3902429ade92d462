import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { SkillDefinition, SkillGroup } from '../../../shared/model/growth';
import { RemoveButton } from '../../components/RemoveButton';
import { SectionCard } from '../../components/SectionCard';
import { useGrowthAction } from './queries';

/** Skill groups (queues, channels, products, tools, soft skills): renamed on Enter, added below. */
export function GroupsCard({
  groups,
  skills,
}: {
  groups: SkillGroup[];
  skills: SkillDefinition[];
}) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string>();
  const save = useGrowthAction('growth:saveGroup', {
    done: (g) => `Group ${g.name} saved.`,
    showFieldErrors: (fields) => setError(fields.name),
    fieldNames: ['name'],
  });
  const remove = useGrowthAction('growth:removeGroup', { done: 'Group removed.' });
  return (
    <SectionCard title="Groups">
      <Stack gap={6}>
        {groups.map((g) => {
          const count = skills.filter((s) => s.groupId === g.id).length;
          return (
            <Group key={g.id} gap="xs" wrap="nowrap">
              <TextInput
                aria-label={`Name of group ${g.name}`}
                size="xs"
                defaultValue={g.name}
                style={{ flex: 1 }}
                onKeyDown={(e) => {
                  const value = e.currentTarget.value;
                  if (e.key === 'Enter' && value.trim() && value !== g.name)
                    save.run({ groupId: g.id, name: value });
                }}
              />
              <Text size="xs" c="dimmed" w={70}>
                {count} {count === 1 ? 'skill' : 'skills'}
              </Text>
              <RemoveButton
                label={`Remove group ${g.name}`}
                onClick={() => remove.run({ groupId: g.id })}
              />
            </Group>
          );
        })}
        <Group gap="xs" align="flex-start" wrap="nowrap">
          <TextInput
            aria-label="New group"
            placeholder="New group"
            size="xs"
            value={name}
            error={error}
            style={{ flex: 1 }}
            onChange={(e) => (setName(e.currentTarget.value), setError(undefined))}
            onKeyDown={(e) =>
              e.key === 'Enter' && save.run({ name }, { onSuccess: () => setName('') })
            }
          />
          <Button
            size="xs"
            variant="default"
            onClick={() => save.run({ name }, { onSuccess: () => setName('') })}
          >
            Add group
          </Button>
        </Group>
      </Stack>
    </SectionCard>
  );
}
