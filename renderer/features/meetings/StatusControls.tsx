import { Button, Group, Menu, Modal, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconChevronDown } from '@tabler/icons-react';
import { useState } from 'react';
import type { Meeting, MeetingStatus } from '../../../shared/model/meeting';
import { api } from '../../lib/api';
import { fieldsOf, messageOf } from '../../lib/errors';
import { usePersonMutation } from './queries';

/** Mark a 1:1 as held (its open points then carry over), cancelled or missed with a reason, or reopen it. */
export function StatusControls({ personId, meeting }: { personId: string; meeting: Meeting }) {
  const [asking, setAsking] = useState<'cancelled' | 'missed' | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const setStatus = usePersonMutation(
    personId,
    (input: { status: MeetingStatus; reason: string }) =>
      api.meetings.setStatus({ personId, meetingId: meeting.id, ...input }),
  );
  const change = (status: MeetingStatus, why = '') =>
    setStatus.mutate(
      { status, reason: why },
      {
        onSuccess: () => {
          setAsking(null);
          setReason('');
          setError(null);
          if (status === 'held')
            notifications.show({
              color: 'teal',
              message: 'Marked as held. Open points carry over to the next 1:1.',
            });
        },
        onError: (e) => {
          setError(fieldsOf(e).reason ?? messageOf(e));
          if (!asking)
            notifications.show({ color: 'red', title: 'Nothing changed', message: messageOf(e) });
        },
      },
    );

  if (meeting.status !== 'planned') {
    return (
      <Button variant="default" onClick={() => change('planned')} loading={setStatus.isPending}>
        Reopen
      </Button>
    );
  }
  return (
    <Group gap={0}>
      <Button
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
              borderLeft: '1px solid rgba(255,255,255,0.3)',
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
            error={error}
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
