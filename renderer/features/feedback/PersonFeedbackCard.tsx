import { Divider, Stack, Text } from '@mantine/core';
import { IconMessagePlus } from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import type { Feedback } from '../../../shared/model/feedback';
import type { Person } from '../../../shared/model/person';
import { QueryState } from '../../components/QueryState';
import { CardAction, SectionCard } from '../../components/SectionCard';
import { todayIso } from '../../lib/format';
import { FeedbackEntry } from './FeedbackEntry';
import { FeedbackModal } from './FeedbackModal';
import { useMarkDelivered, usePersonFeedback, useRemoveFeedback } from './queries';

/** The profile's feedback log: newest first, with what is still to deliver at the top. */
export function PersonFeedbackCard({ person }: { person: Person }) {
  const query = usePersonFeedback(person.id);
  const { data } = query;
  const mark = useMarkDelivered();
  const remove = useRemoveFeedback({ done: 'Feedback deleted.' });
  const [editing, setEditing] = useState<Feedback | 'new' | null>(null);
  const toDeliver = data?.filter((f) => f.status === 'to_deliver').length ?? 0;

  return (
    <SectionCard
      title="Feedback"
      action={
        <CardAction
          icon={<IconMessagePlus size={14} aria-hidden />}
          onClick={() => setEditing('new')}
        >
          Log feedback
        </CardAction>
      }
    >
      <QueryState query={query} label="Loading feedback" />
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
                personId={person.id}
                feedback={f}
                busy={
                  (mark.isPending && mark.variables?.feedbackId === f.id) ||
                  (remove.isPending && remove.variables?.feedbackId === f.id)
                }
                onEdit={() => setEditing(f)}
                onMarkDelivered={() =>
                  mark.run({
                    personId: person.id,
                    feedbackId: f.id,
                    meetingId: null,
                    on: todayIso(),
                  })
                }
                onRemove={() => remove.run({ personId: person.id, feedbackId: f.id })}
              />
            </Fragment>
          ))}
        </Stack>
      )}
      <FeedbackModal person={person} editing={editing} onClose={() => setEditing(null)} />
    </SectionCard>
  );
}
