import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { DueAction } from '../../../shared/ipc/channels/today';
import { SectionCard } from '../../components/SectionCard';
import { formatDate } from '../../lib/format';

/** Action items across the team that are overdue or due this week. */
export function DueActionsCard({ actions }: { actions: DueAction[] }) {
  if (actions.length === 0) return null;
  return (
    <SectionCard title="Action items due">
      <Stack gap={6} component="ul" className="plain-list" aria-label="Action items due">
        {actions.slice(0, 8).map((a) => (
          <Group key={a.actionId} component="li" justify="space-between" wrap="nowrap" gap="xs">
            <Text size="sm" style={{ minWidth: 0 }}>
              {a.text}{' '}
              <Anchor component={Link} to={`/team/${a.personId}`} size="xs">
                {a.owner === 'lead' ? `you, for ${a.name}` : a.name}
              </Anchor>
            </Text>
            <Badge
              size="sm"
              variant={a.daysOverdue > 0 ? 'filled' : 'light'}
              color={a.daysOverdue > 0 ? 'red' : 'gray'}
            >
              {a.daysOverdue > 0 ? `Overdue ${a.daysOverdue}d` : `Due ${formatDate(a.due)}`}
            </Badge>
          </Group>
        ))}
      </Stack>
    </SectionCard>
  );
}
