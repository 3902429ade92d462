import { ActionIcon, Indicator, Popover, ScrollArea } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { QueryState } from '../../components/QueryState';
import { bellLabel, dueCount } from './reminder-text';
import { ReminderList } from './ReminderList';
import { useDismissReminders, usePauseReminders, useReminders, useSnoozeReminder } from './queries';

/** The bell in the header: how many reminders are due, and the list with its actions. */
export function ReminderBell() {
  const query = useReminders();
  const navigate = useNavigate();
  const [opened, setOpened] = useState(false);
  const snooze = useSnoozeReminder();
  const dismiss = useDismissReminders();
  const pause = usePauseReminders();
  const count = dueCount(query.data?.reminders ?? []);
  const busy = snooze.isPending || dismiss.isPending || pause.isPending;

  return (
    <Popover
      opened={opened}
      onChange={setOpened}
      position="bottom-end"
      width={400}
      shadow="md"
      trapFocus
      returnFocus
    >
      {/* The target is the button itself: Mantine gives it aria-expanded and aria-controls. */}
      <Indicator
        label={<span aria-hidden>{count}</span>}
        size={18}
        offset={5}
        disabled={count === 0}
        color="red"
      >
        <Popover.Target>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            aria-label={bellLabel(count)}
            onClick={() => setOpened((open) => !open)}
          >
            <IconBell size={20} stroke={1.6} aria-hidden />
          </ActionIcon>
        </Popover.Target>
      </Indicator>
      <Popover.Dropdown role="dialog" aria-label="Reminders">
        <ScrollArea.Autosize mah="70vh" type="auto" offsetScrollbars>
          {query.isSuccess ? (
            <ReminderList
              view={query.data}
              now={query.dataUpdatedAt}
              busy={busy}
              onOpen={(reminder) => {
                setOpened(false);
                void navigate(reminder.route);
              }}
              onSnooze={(id, choice) => snooze.run({ id, for: choice })}
              onDismiss={(ids) => dismiss.run(ids)}
              onResume={() => pause.run(0)}
              onLeave={() => setOpened(false)}
            />
          ) : (
            <QueryState query={query} label="Loading reminders" />
          )}
        </ScrollArea.Autosize>
      </Popover.Dropdown>
    </Popover>
  );
}
