import { Button, Group, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { PlanTemplate } from '../../../shared/model/growth';
import { QueryState } from '../../components/QueryState';
import { RemoveButton } from '../../components/RemoveButton';
import { CardAction, SectionCard } from '../../components/SectionCard';
import { api } from '../../lib/api';
import { useGrowthAction, useGrowthSettings } from './queries';
import { TemplateEditor } from './TemplateEditor';

/** The plan templates: the four support paths to start with, each editable, and the lead's own. */
export function TemplatesCard() {
  const query = useGrowthSettings();
  const [editing, setEditing] = useState<PlanTemplate | 'new' | null>(null);
  const remove = useGrowthAction('growth:removeTemplate', {
    done: 'Template removed.',
    undo: (_, input) => {
      const template = query.data?.templates.find((t) => t.id === input.templateId);
      if (!template) return Promise.resolve();
      const { id: _id, ...fields } = template;
      return api.growth.saveTemplate({ templateId: null, ...fields });
    },
  });
  return (
    <SectionCard
      title="Plan templates"
      action={
        <CardAction icon={<IconPlus size={14} aria-hidden />} onClick={() => setEditing('new')}>
          New template
        </CardAction>
      }
    >
      <QueryState query={query} label="Loading templates" />
      <Stack gap="xs" component="ul" className="plain-list" aria-label="Plan templates">
        {query.data?.templates.map((t) => (
          <Group key={t.id} component="li" justify="space-between" wrap="nowrap">
            <div>
              <Text size="sm" fw={600}>
                {t.name}
              </Text>
              <Text size="xs" c="dimmed">
                {t.summary} {t.goals.length} {t.goals.length === 1 ? 'goal' : 'goals'}.
              </Text>
            </div>
            <Group gap={4} wrap="nowrap">
              <Button
                size="compact-xs"
                variant="subtle"
                onClick={() => setEditing(t)}
                aria-label={`Edit template ${t.name}`}
              >
                Edit
              </Button>
              <RemoveButton
                label={`Remove template ${t.name}`}
                onClick={() => remove.run({ templateId: t.id })}
              />
            </Group>
          </Group>
        ))}
      </Stack>
      <TemplateEditor editing={editing} onClose={() => setEditing(null)} />
    </SectionCard>
  );
}
