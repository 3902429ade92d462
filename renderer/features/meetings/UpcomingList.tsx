import { ActionIcon, Badge, Button, Group, Menu, Stack, Text } from '@mantine/core';
import { IconDots } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { fromLocalDateTime } from '../../../shared/domain/local-time';
import { meetingState } from '../../../shared/domain/schedule';
import type { UpcomingView } from '../../../shared/ipc/channels/meetings';
import { api } from '../../lib/api';
import { formatMeeting } from '../../lib/format';
import type { FieldErrors } from '../../lib/use-action';
import { DateTimeDialog } from './DateTimeDialog';
import { meetingPath } from './links';
import { MeetingStateBadge } from './MeetingStateBadge';
import { usePersonMutation } from './queries';

/** The next 1:1s, each one openable, skippable or movable without touching the cadence. */
export function UpcomingList({
  personId,
  upcoming,
}: {
  personId: string;
  upcoming: UpcomingView[];
}) {
  const [moving, setMoving] = useState<UpcomingView | null>(null);
  const [to, setTo] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const skip = usePersonMutation(
    personId,
    (occurrence: string) => api.meetings.skip({ personId, occurrence, reason: 'Skipped' }),
    { done: 'Skipped. The cadence goes on after it.' },
  );
  const move = usePersonMutation(
    personId,
    (input: { occurrence: string; to: string }) => api.meetings.move({ personId, ...input }),
    { showFieldErrors: setErrors, fieldNames: ['to'] },
  );
  const reset = usePersonMutation(personId, (occurrence: string) =>
    api.meetings.resetOccurrence({ personId, occurrence }),
  );

  // The list starts at the beginning of today: a 1:1 that began earlier stays until it is marked.
  const now = new Date();
  if (upcoming.length === 0)
    return (
      <Text c="dimmed" size="sm">
        No 1:1s scheduled. Set a cadence or add an ad-hoc 1:1.
      </Text>
    );
  return (
    <>
      <Stack gap={6} component="ul" className="plain-list" aria-label="Upcoming 1:1s">
        {upcoming.map((item) => (
          <Group
            key={`${item.occurrence}-${item.meetingId}`}
            component="li"
            justify="space-between"
            wrap="nowrap"
          >
            <Group gap="xs">
              <Text size="sm">{formatMeeting(item.at)}</Text>
              <MeetingStateBadge state={meetingState(fromLocalDateTime(item.at), now)} />
              {item.moved && (
                <Badge size="xs" variant="light">
                  Moved
                </Badge>
              )}
              {!item.occurrence && (
                <Badge size="xs" variant="outline">
                  Ad hoc
                </Badge>
              )}
            </Group>
            <Group gap={4} wrap="nowrap">
              <Button
                size="compact-xs"
                variant="default"
                component={Link}
                to={meetingPath(personId, item)}
                aria-label={`Open 1:1 on ${formatMeeting(item.at)}`}
              >
                Open
              </Button>
              {item.occurrence && (
                <Menu position="bottom-end">
                  <Menu.Target>
                    <ActionIcon
                      variant="subtle"
                      aria-label={`Change 1:1 on ${formatMeeting(item.at)}`}
                    >
                      <IconDots size={16} />
                    </ActionIcon>
                  </Menu.Target>
                  <Menu.Dropdown>
                    <Menu.Item onClick={() => (setMoving(item), setTo(item.at), setErrors({}))}>
                      Move this one…
                    </Menu.Item>
                    <Menu.Item onClick={() => item.occurrence && skip.run(item.occurrence)}>
                      Skip this one
                    </Menu.Item>
                    {item.moved && (
                      <Menu.Item onClick={() => item.occurrence && reset.run(item.occurrence)}>
                        Back to its usual time
                      </Menu.Item>
                    )}
                  </Menu.Dropdown>
                </Menu>
              )}
            </Group>
          </Group>
        ))}
      </Stack>
      <DateTimeDialog
        opened={moving !== null}
        title="Move this 1:1"
        label="New date and time"
        value={to}
        error={errors.to}
        busy={move.isPending}
        submitLabel="Move"
        onChange={setTo}
        onClose={() => setMoving(null)}
        onSubmit={() =>
          moving?.occurrence &&
          move.run({ occurrence: moving.occurrence, to }, { onSuccess: () => setMoving(null) })
        }
      />
    </>
  );
}
