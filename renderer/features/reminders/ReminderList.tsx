import { Anchor, Button, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { Reminder, RemindersView, SnoozeChoice } from '../../../shared/model/reminders';
import { GROUPS, formatWhen, pausedUntil } from './reminder-text';
import { ReminderItem } from './ReminderItem';

interface ReminderListProps {
  view: RemindersView;
  /** When the view was read: a pause that ended before then is not shown. */
  now: number;
  onOpen(reminder: Reminder): void;
  onSnooze(id: string, choice: SnoozeChoice): void;
  onDismiss(ids: string[]): void;
  onResume(): void;
  /** Closes the popover (the settings link leaves it). */
  onLeave(): void;
  busy: boolean;
}

/** The bell's content: due, missed while away, and snoozed reminders, each with its actions. */
export function ReminderList({
  view,
  now,
  onOpen,
  onSnooze,
  onDismiss,
  onResume,
  onLeave,
  busy,
}: ReminderListProps) {
  const paused = pausedUntil(view, now);
  const { reminders } = view;
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={2} size="h5">
          Reminders
        </Title>
        {reminders.length > 0 && (
          <Button
            size="compact-xs"
            variant="subtle"
            color="gray"
            disabled={busy}
            onClick={() => onDismiss(reminders.map((r) => r.id))}
          >
            Dismiss all
          </Button>
        )}
      </Group>
      {paused && (
        <Group justify="space-between" gap="xs">
          <Text size="sm">Paused until {formatWhen(paused)}.</Text>
          <Button size="compact-xs" variant="default" onClick={onResume} disabled={busy}>
            Resume reminders
          </Button>
        </Group>
      )}
      {reminders.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing due. Reminders for 1:1s, action items and follow-ups show here when they fall due.
        </Text>
      ) : (
        GROUPS.map(({ status, title }) => {
          const group = reminders.filter((r) => r.status === status);
          if (group.length === 0) return null;
          return (
            <section key={status} aria-label={title}>
              <Divider label={title} labelPosition="left" />
              <Stack component="ul" gap={0} m={0} p={0} style={{ listStyle: 'none' }}>
                {group.map((reminder) => (
                  <ReminderItem
                    key={reminder.id}
                    reminder={reminder}
                    onOpen={onOpen}
                    onSnooze={onSnooze}
                    onDismiss={(id) => onDismiss([id])}
                    busy={busy}
                  />
                ))}
              </Stack>
            </section>
          );
        })
      )}
      {view.next && (
        <Text size="xs" c="dimmed">
          Next: {view.next.title}
        </Text>
      )}
      <Anchor component={Link} to="/settings" size="xs" onClick={onLeave}>
        Reminder settings
      </Anchor>
    </Stack>
  );
}
