import { Button, Group, Menu, Modal, Stack, TextInput } from '@mantine/core';
import { IconCheck, IconChevronDown } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import type { Meeting, MeetingStatus } from '../../../shared/model/meeting';
import { api } from '../../lib/api';
import type { FieldErrors } from '../../lib/use-action';
import { usePersonMutation } from './queries';

/** Mark a 1:1 as held (its open points then carry over), cancelled or missed with a reason, or reopen it. */
export function StatusControls({ personId, meeting }: { personId: string; meeting: Meeting }) {
  const [asking, setAsking] = useState<'cancelled' | 'missed' | null>(null);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  // After a change, focus goes to the control that takes the place of the one used (Reopen, or
  // Mark as held), not to the page: the lead stays where they were.
  const next = useRef<HTMLButtonElement>(null);
  const changed = useRef(false);
  useEffect(() => {
    if (!changed.current) return;
    changed.current = false;
    next.current?.focus();
  }, [meeting.status]);
  const setStatus = usePersonMutation(
    personId,
    (input: { status: MeetingStatus; reason: string }) =>
      api.meetings.setStatus({ personId, meetingId: meeting.id, ...input }),
    {
      done: (_, { status }) =>
        status === 'held' ? 'Marked as held. Open points carry over to the next 1:1.' : '',
      // The reason has a field only while the dialog asks for it.
      showFieldErrors: asking ? setErrors : undefined,
      fieldNames: ['reason'],
    },
  );
  const change = (status: MeetingStatus, why = '') =>
    setStatus.run(
      { status, reason: why },
      {
        onSuccess: () => {
          changed.current = true;
          setAsking(null);
          setReason('');
        },
      },
    );

  if (meeting.status !== 'planned') {
    return (
      <Button
        ref={next}
        variant="default"
        onClick={() => change('planned')}
        loading={setStatus.isPending}
      >
        Reopen
      </Button>
    );
  }
  return (
    <Group gap={0}>
      <Button
        ref={next}
        leftSection={<IconCheck size={16} aria-hidden />}
        onClick={() => change('held')}
        loading={setStatus.isPending}
        style={{ borderTopRightRadius: 0, borderBottomRightRadius: 0 }}
      >
        Mark as held
      </Button>
      <Menu position="bottom-end">
        <Menu.Target>
          <Button
            aria-label="More outcomes"
            px={8}
            style={{
              borderTopLeftRadius: 0,
              borderBottomLeftRadius: 0,
              // A gap in the page's own colour splits the two halves, in light and dark alike.
              borderLeft: '1px solid var(--mantine-color-body)',
            }}
          >
            <IconChevronDown size={16} />
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => setAsking('cancelled')}>Cancelled…</Menu.Item>
          <Menu.Item onClick={() => setAsking('missed')}>Missed…</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal
        opened={asking !== null}
        onClose={() => setAsking(null)}
        title={asking === 'missed' ? 'Mark as missed' : 'Mark as cancelled'}
      >
        <Stack>
          <TextInput
            label="Reason"
            placeholder={
              asking === 'missed' ? 'Sick day, queue spike…' : 'Holiday, moved to next week…'
            }
            data-autofocus
            value={reason}
            error={errors.reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            onKeyDown={(e) => e.key === 'Enter' && asking && change(asking, reason)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setAsking(null)}>
              Back
            </Button>
            <Button onClick={() => asking && change(asking, reason)} loading={setStatus.isPending}>
              Save
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Group>
  );
}
