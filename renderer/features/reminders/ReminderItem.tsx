import { Button, Group, Menu, Stack, Text } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import {
  SNOOZE_CHOICES,
  SNOOZE_LABELS,
  type Reminder,
  type SnoozeChoice,
} from '../../../shared/model/reminders';
import { formatWhen } from './reminder-text';

interface ReminderItemProps {
  reminder: Reminder;
  onOpen(reminder: Reminder): void;
  onSnooze(id: string, choice: SnoozeChoice): void;
  onDismiss(id: string): void;
  busy: boolean;
}

/** One reminder in the bell: what, when, and Open, Snooze and Dismiss. */
export function ReminderItem({ reminder, onOpen, onSnooze, onDismiss, busy }: ReminderItemProps) {
  const when =
    reminder.status === 'snoozed' && reminder.snoozedUntil
      ? `Snoozed until ${formatWhen(reminder.snoozedUntil)}`
      : formatWhen(reminder.dueAt);
  return (
    <Stack component="li" gap={4} aria-label={reminder.title} py="xs">
      <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
        <Text size="sm" fw={600}>
          {reminder.title}
        </Text>
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {when}
        </Text>
      </Group>
      {reminder.body && (
        <Text size="xs" c="dimmed">
          {reminder.body}
        </Text>
      )}
      <Group gap="xs">
        <Button size="compact-xs" onClick={() => onOpen(reminder)}>
          Open
        </Button>
        <Menu position="bottom-start" withinPortal={false}>
          <Menu.Target>
            <Button
              size="compact-xs"
              variant="default"
              disabled={busy}
              rightSection={<IconChevronDown size={12} aria-hidden />}
            >
              Snooze
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {SNOOZE_CHOICES.map((choice) => (
              <Menu.Item key={choice} onClick={() => onSnooze(reminder.id, choice)}>
                {SNOOZE_LABELS[choice]}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
        <Button
          size="compact-xs"
          variant="subtle"
          color="gray"
          disabled={busy}
          onClick={() => onDismiss(reminder.id)}
        >
          Dismiss
        </Button>
      </Group>
    </Stack>
  );
}
