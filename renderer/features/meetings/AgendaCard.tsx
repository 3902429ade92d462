import {
  ActionIcon,
  Badge,
  Button,
  Checkbox,
  Group,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { SectionCard } from '../../components/SectionCard';
import { useHotkeys } from '@mantine/hooks';
import { IconArrowDown, IconArrowUp, IconMessageQuestion } from '@tabler/icons-react';
import { useState } from 'react';
import type { AgendaPoint } from '../../../shared/domain/agenda';
import type { Meeting, PointAuthor } from '../../../shared/model/meeting';
import { api } from '../../lib/api';
import { RemoveButton } from '../../components/RemoveButton';
import { notifyNothingChanged } from '../../lib/notify';
import { messageOf } from '../../lib/errors';
import { modKey } from '../../lib/platform';
import { PromptPicker } from './PromptPicker';
import { usePersonMutation } from './queries';

interface AgendaCardProps {
  personId: string;
  personName: string;
  meeting: Meeting;
  points: AgendaPoint[];
}

const fail = (error: unknown) => notifyNothingChanged(error);

/** Talking points from the lead and the report; open ones carry over to the next 1:1. */
export function AgendaCard({ personId, personName, meeting, points }: AgendaCardProps) {
  const [text, setText] = useState('');
  const [from, setFrom] = useState<PointAuthor>('lead');
  const [error, setError] = useState<string | null>(null);
  const [picking, setPicking] = useState(false);
  const add = usePersonMutation(personId, (input: { text: string; from: PointAuthor }) =>
    api.points.add({ personId, ...input }),
  );
  const resolve = usePersonMutation(personId, (input: { pointId: string; resolved: boolean }) =>
    api.points.resolve({ personId, meetingId: meeting.id, ...input }),
  );
  const move = usePersonMutation(personId, (input: { pointId: string; direction: 'up' | 'down' }) =>
    api.points.move({ personId, ...input }),
  );
  const remove = usePersonMutation(personId, (pointId: string) =>
    api.points.remove({ personId, pointId }),
  );
  useHotkeys([['mod+P', () => setPicking(true)]]);

  const submit = () => {
    if (!text.trim()) return setError('Write the talking point first.');
    add.mutate(
      { text, from },
      { onSuccess: () => (setText(''), setError(null)), onError: (e) => setError(messageOf(e)) },
    );
  };

  return (
    <SectionCard
      title="Agenda"
      action={
        <Button
          size="compact-sm"
          variant="light"
          leftSection={<IconMessageQuestion size={14} aria-hidden />}
          onClick={() => setPicking(true)}
        >
          Add from question bank ({modKey}+P)
        </Button>
      }
    >
      {points.length === 0 ? (
        <Text c="dimmed" size="sm" mb="sm">
          No talking points yet. Add what you or {personName} want to talk about; anything left open
          carries over to the next 1:1.
        </Text>
      ) : (
        <Stack gap={6} mb="sm" component="ul" className="plain-list" aria-label="Talking points">
          {points.map((point, index) => {
            const resolved = point.resolvedInMeetingId === meeting.id;
            return (
              <Group key={point.id} component="li" justify="space-between" wrap="nowrap" gap="xs">
                <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
                  <Checkbox
                    checked={resolved}
                    aria-label={`Done: ${point.text}`}
                    onChange={(e) =>
                      resolve.mutate(
                        { pointId: point.id, resolved: e.currentTarget.checked },
                        { onError: fail },
                      )
                    }
                  />
                  <Text size="sm" td={resolved ? 'line-through' : undefined}>
                    {point.text}
                  </Text>
                  <Badge
                    size="xs"
                    variant="outline"
                    color={point.from === 'lead' ? 'teal' : 'grape'}
                  >
                    {point.from === 'lead' ? 'You' : personName.split(' ')[0]}
                  </Badge>
                  {point.carriedOver && !resolved && (
                    <Badge size="xs" color="orange" variant="light">
                      Carried over
                    </Badge>
                  )}
                </Group>
                {!resolved && meeting.status === 'planned' && (
                  <Group gap={2} wrap="nowrap">
                    <Tooltip label="Move up">
                      <ActionIcon
                        variant="subtle"
                        aria-label={`Move up: ${point.text}`}
                        disabled={index === 0}
                        onClick={() =>
                          move.mutate({ pointId: point.id, direction: 'up' }, { onError: fail })
                        }
                      >
                        <IconArrowUp size={16} />
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip label="Move down">
                      <ActionIcon
                        variant="subtle"
                        aria-label={`Move down: ${point.text}`}
                        onClick={() =>
                          move.mutate({ pointId: point.id, direction: 'down' }, { onError: fail })
                        }
                      >
                        <IconArrowDown size={16} />
                      </ActionIcon>
                    </Tooltip>
                    <RemoveButton
                      label={`Remove: ${point.text}`}
                      onClick={() => remove.mutate(point.id, { onError: fail })}
                    />
                  </Group>
                )}
              </Group>
            );
          })}
        </Stack>
      )}
      {meeting.status === 'planned' && (
        <Group align="flex-start" gap="xs" wrap="nowrap">
          <TextInput
            aria-label="New talking point"
            placeholder="New talking point, then Enter"
            value={text}
            error={error}
            onChange={(e) => setText(e.currentTarget.value)}
            onKeyDown={(e) => e.key === 'Enter' && submit()}
            style={{ flex: 1 }}
          />
          <SegmentedControl
            aria-label="Raised by"
            value={from}
            onChange={(v) => setFrom(v as PointAuthor)}
            data={[
              { value: 'lead', label: 'Me' },
              { value: 'report', label: personName.split(' ')[0] ?? 'Report' },
            ]}
          />
          <Button onClick={submit} loading={add.isPending}>
            Add
          </Button>
        </Group>
      )}
      <PromptPicker personId={personId} opened={picking} onClose={() => setPicking(false)} />
    </SectionCard>
  );
}
