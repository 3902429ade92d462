import { ActionIcon, Badge, Group, SegmentedControl, Stack, Text, Tooltip } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconMessageQuestion } from '@tabler/icons-react';
import { useState } from 'react';
import {
  POINT_AUTHORS,
  type AgendaPoint,
  type Meeting,
  type PointAuthor,
} from '../../../shared/model/meeting';
import { RemoveButton } from '../../components/RemoveButton';
import { CardAction, SectionCard } from '../../components/SectionCard';
import { api } from '../../lib/api';
import { oneOf } from '../../lib/one-of';
import { shortcutText, useShortcuts } from '../../lib/shortcuts';
import type { FieldErrors } from '../../lib/use-action';
import { AddRow } from './AddRow';
import { CheckRow } from './CheckRow';
import { PromptPicker } from './PromptPicker';
import { usePersonMutation } from './queries';
import { restorePoint } from './restore';

interface AgendaCardProps {
  personId: string;
  personName: string;
  meeting: Meeting;
  points: AgendaPoint[];
}

/** Talking points from the lead and the report; open ones carry over to the next 1:1. */
export function AgendaCard({ personId, personName, meeting, points }: AgendaCardProps) {
  const [text, setText] = useState('');
  const [from, setFrom] = useState<PointAuthor>('lead');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [picking, setPicking] = useState(false);
  const add = usePersonMutation(
    personId,
    (input: { text: string; from: PointAuthor }) => api.points.add({ personId, ...input }),
    { showFieldErrors: setErrors, fieldNames: ['text'] },
  );
  const resolve = usePersonMutation(personId, (input: { pointId: string; resolved: boolean }) =>
    api.points.resolve({ personId, meetingId: meeting.id, ...input }),
  );
  const move = usePersonMutation(personId, (input: { pointId: string; direction: 'up' | 'down' }) =>
    api.points.move({ personId, ...input }),
  );
  const remove = usePersonMutation(
    personId,
    ({ point }: { point: AgendaPoint; openIndex: number }) =>
      api.points.remove({ personId, pointId: point.id }),
    {
      done: (_, { point }) => `Talking point removed: ${point.text}`,
      undo: (_, { point, openIndex }) => restorePoint(personId, point, openIndex),
    },
  );
  useShortcuts({ addFromBank: () => setPicking(true) });
  const firstName = personName.split(' ')[0] ?? personName;
  const openIds = points.filter((p) => p.resolvedAt === null).map((p) => p.id);

  const submit = () => {
    if (!text.trim()) return setErrors({ text: 'Write the talking point first.' });
    add.run({ text, from }, { onSuccess: () => setText('') });
  };

  return (
    <SectionCard
      title="Agenda"
      action={
        <CardAction
          icon={<IconMessageQuestion size={14} aria-hidden />}
          onClick={() => setPicking(true)}
        >
          Add from question bank ({shortcutText('addFromBank')})
        </CardAction>
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
              <CheckRow
                key={point.id}
                text={point.text}
                checked={resolved}
                onCheck={(checked) => resolve.run({ pointId: point.id, resolved: checked })}
                by={point.from}
                firstName={firstName}
                badges={
                  point.carriedOver &&
                  !resolved && (
                    <Badge size="xs" color="orange" variant="light">
                      Carried over
                    </Badge>
                  )
                }
                actions={
                  !resolved &&
                  meeting.status === 'planned' && (
                    <Group gap={2} wrap="nowrap">
                      <Tooltip label="Move up">
                        <ActionIcon
                          variant="subtle"
                          aria-label={`Move up: ${point.text}`}
                          disabled={index === 0}
                          onClick={() => move.run({ pointId: point.id, direction: 'up' })}
                        >
                          <IconArrowUp size={16} />
                        </ActionIcon>
                      </Tooltip>
                      <Tooltip label="Move down">
                        <ActionIcon
                          variant="subtle"
                          aria-label={`Move down: ${point.text}`}
                          onClick={() => move.run({ pointId: point.id, direction: 'down' })}
                        >
                          <IconArrowDown size={16} />
                        </ActionIcon>
                      </Tooltip>
                      <RemoveButton
                        label={`Remove: ${point.text}`}
                        onClick={() => remove.run({ point, openIndex: openIds.indexOf(point.id) })}
                      />
                    </Group>
                  )
                }
              />
            );
          })}
        </Stack>
      )}
      {meeting.status === 'planned' && (
        <AddRow
          label="New talking point"
          placeholder="New talking point, then Enter"
          value={text}
          error={errors.text}
          busy={add.isPending}
          onChange={setText}
          onSubmit={submit}
        >
          <SegmentedControl
            aria-label="Raised by"
            value={from}
            onChange={(v) => setFrom(oneOf(POINT_AUTHORS, v) ?? 'lead')}
            data={[
              { value: 'lead', label: 'Me' },
              { value: 'report', label: firstName },
            ]}
          />
        </AddRow>
      )}
      <PromptPicker personId={personId} opened={picking} onClose={() => setPicking(false)} />
    </SectionCard>
  );
}
