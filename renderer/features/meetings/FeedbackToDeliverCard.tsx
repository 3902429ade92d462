import { IconCheck } from '@tabler/icons-react';
import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import type { Feedback } from '../../../shared/model/feedback';
import { SectionCard } from '../../components/SectionCard';
import { api } from '../../lib/api';
import { formatDate, todayIso } from '../../lib/format';
import { usePersonMutation } from './queries';

interface FeedbackToDeliverCardProps {
  personId: string;
  meetingId: string;
  feedback: Feedback[];
}

/**
 * Feedback logged as "to deliver" waits here for the next 1:1, until marked as given in it; a
 * follow-up whose date has come waits in its own list, until marked as followed up.
 */
export function FeedbackToDeliverCard({
  personId,
  meetingId,
  feedback,
}: FeedbackToDeliverCardProps) {
  const deliver = usePersonMutation(
    personId,
    (item: Feedback) =>
      api.feedback.markDelivered({ personId, feedbackId: item.id, meetingId, on: todayIso() }),
    {
      done: (_, item) =>
        item.status === 'follow_up' ? 'Follow-up marked as done.' : 'Marked as given in this 1:1.',
    },
  );
  if (feedback.length === 0) return null;
  const lists = [
    { title: 'Feedback to give', action: 'Mark delivered', items: feedback.filter(isToGive) },
    {
      title: 'Feedback to follow up',
      action: 'Mark followed up',
      items: feedback.filter((f) => !isToGive(f)),
    },
  ].filter((list) => list.items.length > 0);
  return lists.map((list) => (
    <SectionCard key={list.title} title={list.title}>
      <Stack gap="sm" component="ul" className="plain-list" aria-label={list.title}>
        {list.items.map((item) => (
          <FeedbackItem
            key={item.id}
            item={item}
            action={list.action}
            busy={deliver.isPending && deliver.variables?.id === item.id}
            onMark={() => deliver.run(item)}
          />
        ))}
      </Stack>
    </SectionCard>
  ));
}

const isToGive = (item: Feedback) => item.status === 'to_deliver';

function FeedbackItem({
  item,
  action,
  busy,
  onMark,
}: {
  item: Feedback;
  action: string;
  busy: boolean;
  onMark: () => void;
}) {
  return (
    <Stack component="li" gap={2}>
      <Group gap="xs" justify="space-between">
        <Group gap="xs">
          <Badge size="xs" color={item.kind === 'positive' ? 'teal' : 'orange'} variant="light">
            {item.kind === 'positive' ? 'Positive' : 'Constructive'}
          </Badge>
          {item.status === 'follow_up' && (
            <Badge size="xs" color="violet" variant="light">
              Follow up
            </Badge>
          )}
          <Text size="xs" c="dimmed">
            {formatDate(item.date)}
            {item.followUpOn && item.status === 'follow_up'
              ? ` · follow up on ${formatDate(item.followUpOn)}`
              : ''}
          </Text>
        </Group>
        {/* The same words and look as the feedback log's button: an action, not a status. */}
        <Button
          size="compact-sm"
          variant="default"
          leftSection={<IconCheck size={14} aria-hidden />}
          loading={busy}
          onClick={onMark}
        >
          {action}
        </Button>
      </Group>
      {item.situation && (
        <Text size="sm">
          <b>Situation:</b> {item.situation}
        </Text>
      )}
      {item.behaviour && (
        <Text size="sm">
          <b>Behaviour:</b> {item.behaviour}
        </Text>
      )}
      {item.impact && (
        <Text size="sm">
          <b>Impact:</b> {item.impact}
        </Text>
      )}
      {item.nextStep && (
        <Text size="sm">
          <b>Next step:</b> {item.nextStep}
        </Text>
      )}
    </Stack>
  );
}
