import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { format } from 'date-fns';
import type { Feedback } from '../../../shared/model/feedback';
import { api } from '../../lib/api';
import { messageOf } from '../../lib/errors';
import { formatDate } from '../../lib/format';
import { usePersonMutation } from './queries';

interface FeedbackToDeliverCardProps {
  personId: string;
  meetingId: string;
  feedback: Feedback[];
}

/** Feedback logged as "to deliver" waits here for the next 1:1, until marked as given in it. */
export function FeedbackToDeliverCard({
  personId,
  meetingId,
  feedback,
}: FeedbackToDeliverCardProps) {
  const deliver = usePersonMutation(personId, (feedbackId: string) =>
    api.feedback.markDelivered({
      personId,
      feedbackId,
      meetingId,
      on: format(new Date(), 'yyyy-MM-dd'),
    }),
  );
  if (feedback.length === 0) return null;
  return (
    <Card withBorder>
      <Title order={3} size="h5" mb="xs">
        Feedback to give
      </Title>
      <Stack gap="sm" component="ul" className="plain-list" aria-label="Feedback to give">
        {feedback.map((item) => (
          <Stack key={item.id} component="li" gap={2}>
            <Group gap="xs" justify="space-between">
              <Group gap="xs">
                <Badge
                  size="xs"
                  color={item.kind === 'positive' ? 'teal' : 'orange'}
                  variant="light"
                >
                  {item.kind === 'positive' ? 'Positive' : 'Constructive'}
                </Badge>
                <Text size="xs" c="dimmed">
                  {formatDate(item.date)}
                </Text>
              </Group>
              <Button
                size="compact-xs"
                variant="light"
                loading={deliver.isPending && deliver.variables === item.id}
                onClick={() =>
                  deliver.mutate(item.id, {
                    onSuccess: () =>
                      notifications.show({
                        color: 'teal',
                        message: 'Marked as given in this 1:1.',
                      }),
                    onError: (error) =>
                      notifications.show({
                        color: 'red',
                        title: 'Nothing changed',
                        message: messageOf(error),
                      }),
                  })
                }
              >
                Given
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
        ))}
      </Stack>
    </Card>
  );
}
