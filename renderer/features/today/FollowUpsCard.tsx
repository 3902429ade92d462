import { Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { timestampToLocalDate } from '../../../shared/domain/local-time';
import type { FollowUpDue } from '../../../shared/model/feedback';
import { SectionCard } from '../../components/SectionCard';
import { api } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { useAction } from '../../lib/use-action';

const TITLE = 'Feedback follow-ups due';

/**
 * Feedback follow-ups whose date has come, across the team, most overdue first: open the person,
 * or mark the follow-up done. `now` is the overview's: "done today" is the backend's today.
 */
export function FollowUpsCard({ followUps, now }: { followUps: FollowUpDue[]; now: string }) {
  const markDone = useAction(
    (item: FollowUpDue) =>
      api.feedback.markDelivered({
        personId: item.personId,
        feedbackId: item.feedbackId,
        meetingId: null,
        on: timestampToLocalDate(now),
      }),
    { done: (_, item) => `Follow-up with ${item.name} marked as done.` },
  );
  if (followUps.length === 0) return null;

  return (
    <SectionCard title={TITLE}>
      <Stack gap={6} component="ul" className="plain-list" aria-label={TITLE}>
        {followUps.map((item) => (
          <Group
            key={`${item.personId}-${item.feedbackId}`}
            component="li"
            justify="space-between"
            wrap="nowrap"
            gap="xs"
          >
            <Text size="sm" style={{ minWidth: 0 }}>
              <Anchor component={Link} to={`/team/${item.personId}`} fw={600} size="sm">
                {item.name}
              </Anchor>
              {': '}
              {item.summary}{' '}
              <Text span size="xs" c="dimmed">
                (follow up on {item.kind} feedback from {formatDate(item.date)})
              </Text>
            </Text>
            <Group gap="xs" wrap="nowrap">
              <Badge
                size="sm"
                variant={item.daysOverdue > 0 ? 'filled' : 'light'}
                color={item.daysOverdue > 0 ? 'red' : 'violet'}
              >
                {item.daysOverdue > 0 ? `Overdue ${item.daysOverdue}d` : 'Due today'}
              </Badge>
              <Button
                size="compact-xs"
                variant="light"
                loading={markDone.isPending && markDone.variables?.feedbackId === item.feedbackId}
                onClick={() => markDone.run(item)}
                aria-label={`Mark follow-up with ${item.name} done`}
              >
                Done
              </Button>
            </Group>
          </Group>
        ))}
      </Stack>
    </SectionCard>
  );
}
