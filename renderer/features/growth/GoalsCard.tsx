import { Button, Divider, Group, Stack, Text } from '@mantine/core';
import { IconRoute, IconTarget } from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import type { PersonGrowthView } from '../../../shared/ipc/channels/growth';
import { SectionCard } from '../../components/SectionCard';
import { GoalItem } from './GoalItem';
import { GoalModal } from './GoalModal';
import { TemplateModal } from './TemplateModal';

/** The development plan on the profile: goals in play first, then achieved and dropped ones. */
export function GoalsCard({ view }: { view: PersonGrowthView }) {
  const [adding, setAdding] = useState<'goal' | 'template' | null>(null);
  const firstName = view.name.split(' ')[0] ?? view.name;
  return (
    <SectionCard
      title="Development plan"
      action={
        <Group gap="xs" wrap="nowrap">
          <Button
            size="compact-sm"
            variant="default"
            leftSection={<IconRoute size={14} aria-hidden />}
            onClick={() => setAdding('template')}
          >
            From template
          </Button>
          <Button
            size="compact-sm"
            variant="light"
            leftSection={<IconTarget size={14} aria-hidden />}
            onClick={() => setAdding('goal')}
          >
            New goal
          </Button>
        </Group>
      }
    >
      {view.goals.length === 0 ? (
        <Text size="sm" c="dimmed">
          No goals yet. Start from a template for a common path (Tier 1 → Tier 2, QA, team lead,
          product specialist), or write a goal with {firstName}: what, why it matters, and how you
          will both know it is done.
        </Text>
      ) : (
        <Stack gap="md">
          {view.goals.map((goal, i) => (
            <Fragment key={goal.id}>
              {i > 0 && <Divider />}
              <GoalItem
                personId={view.personId}
                personName={view.name}
                goal={goal}
                skillOptions={view.skillOptions}
                levelDescriptions={view.levelDescriptions}
              />
            </Fragment>
          ))}
        </Stack>
      )}
      <GoalModal
        personId={view.personId}
        personName={view.name}
        opened={adding === 'goal'}
        skillOptions={view.skillOptions}
        levelDescriptions={view.levelDescriptions}
        onClose={() => setAdding(null)}
      />
      <TemplateModal
        personId={view.personId}
        personName={view.name}
        opened={adding === 'template'}
        templates={view.templates}
        onClose={() => setAdding(null)}
      />
    </SectionCard>
  );
}
