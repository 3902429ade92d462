import { Alert, Button, Divider, Loader, Stack, Text } from '@mantine/core';
import { SectionCard } from '../../components/SectionCard';
import { notifications } from '@mantine/notifications';
import { IconMessagePlus } from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import type { Feedback } from '../../../shared/model/feedback';
import type { Person } from '../../../shared/model/person';
import { messageOf } from '../../lib/errors';
import { todayIso } from '../../lib/format';
import { FeedbackEntry } from './FeedbackEntry';
import { FeedbackModal } from './FeedbackModal';
import { useMarkDelivered, usePersonFeedback, useRemoveFeedback } from './queries';

/** The profile's feedback log: newest first, with what is still to deliver at the top. */
export function PersonFeedbackCard({ person }: { person: Person }) {
  const { data, error, isPending } = usePersonFeedback(person.id);
  const mark = useMarkDelivered();
  const remove = useRemoveFeedback();
  const [editing, setEditing] = useState<Feedback | 'new' | null>(null);
  const fail = (e: unknown) =>
    notifications.show({ color: 'red', title: 'Nothing changed', message: messageOf(e) });
  const toDeliver = data?.filter((f) => f.status === 'to_deliver').length ?? 0;

  return (
    <SectionCard
      title="Feedback"
      action={
        <Button
          size="compact-sm"
          variant="light"
          leftSection={<IconMessagePlus size={14} aria-hidden />}
          onClick={() => setEditing('new')}
        >
          Log feedback
        </Button>
      }
    >
      {error && <Alert color="red">{messageOf(error)}</Alert>}
      {isPending && <Loader size="sm" aria-label="Loading feedback" />}
      {data && data.length === 0 && (
        <Text size="sm" c="dimmed">
          No feedback logged yet. Write it down soon after it happens: the situation, what{' '}
          {person.name} did, and its impact. Feedback to deliver goes on the next 1:1's agenda.
        </Text>
      )}
      {toDeliver > 0 && (
        <Text size="sm" c="dimmed" mb="xs">
          {toDeliver === 1 ? 'One entry is' : `${toDeliver} entries are`} on the next 1:1's agenda.
        </Text>
      )}
      {data && data.length > 0 && (
        <Stack gap="sm">
          {data.map((f, i) => (
            <Fragment key={f.id}>
              {i > 0 && <Divider />}
              <FeedbackEntry
                feedback={f}
                busy={
                  (mark.isPending && mark.variables?.feedbackId === f.id) ||
                  (remove.isPending && remove.variables?.feedbackId === f.id)
                }
                onEdit={() => setEditing(f)}
                onMarkDelivered={() =>
                  mark.mutate(
                    { personId: person.id, feedbackId: f.id, meetingId: null, on: todayIso() },
                    { onError: fail },
                  )
                }
                onRemove={() =>
                  remove.mutate({ personId: person.id, feedbackId: f.id }, { onError: fail })
                }
              />
            </Fragment>
          ))}
        </Stack>
      )}
      <FeedbackModal person={person} editing={editing} onClose={() => setEditing(null)} />
    </SectionCard>
  );
}
