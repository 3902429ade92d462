import { Anchor, Button, Checkbox, Group, Stack, Text, TextInput } from '@mantine/core';
import { format, parseISO } from 'date-fns';
import { useState } from 'react';
import { Link } from 'react-router';
import { meetingPath } from './links';
import { RECORD_STATUSES, useRecordMeetings, type RecordItem, type RecordStatus } from './queries';

interface NotRecordedItem extends RecordItem {
  /** Local date-time, `2026-11-17T10:00`. */
  at: string;
  /** Shown when the list spans several people (Today). */
  name?: string;
}

/** Used when a 1:1 is marked missed or cancelled afterwards and the lead gave no reason. */
const DEFAULT_AFTERWARDS_REASON = 'Marked afterwards';

const STATUS_LABELS: Record<RecordStatus, string> = {
  held: 'Held',
  missed: 'Missed',
  cancelled: 'Cancelled',
};

const keyOf = (item: NotRecordedItem) =>
  `${item.personId}/${item.meetingId ?? ''}/${item.occurrence ?? ''}`;

/**
 * Past 1:1s whose day is over and that nobody marked: each can be marked held, missed or
 * cancelled in one click, or several at once. Nothing leaves the list until it is marked.
 */
export function NotRecordedList({ items }: { items: NotRecordedItem[] }) {
  const record = useRecordMeetings();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [reason, setReason] = useState('');
  const chosen = items.filter((i) => selected.has(keyOf(i)));
  const allChosen = items.length > 0 && chosen.length === items.length;

  const mark = (targets: NotRecordedItem[], status: RecordStatus) => {
    record.run(
      {
        items: targets.map(({ personId, occurrence, meetingId }) => ({
          personId,
          occurrence,
          meetingId,
        })),
        status,
        reason: status === 'held' ? '' : reason.trim() || DEFAULT_AFTERWARDS_REASON,
      },
      { onSuccess: () => setSelected(new Set()) },
    );
  };

  const toggle = (item: NotRecordedItem) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(keyOf(item))) next.delete(keyOf(item));
      else next.add(keyOf(item));
      return next;
    });

  return (
    <Stack gap="sm">
      <Group gap="xs" wrap="wrap" align="end">
        <Checkbox
          label="Select all"
          checked={allChosen}
          indeterminate={chosen.length > 0 && !allChosen}
          onChange={() => setSelected(allChosen ? new Set() : new Set(items.map(keyOf)))}
        />
        <TextInput
          size="xs"
          aria-label="Reason, for 1:1s marked missed or cancelled"
          placeholder="Reason (optional)"
          w={180}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          maxLength={200}
        />
        {chosen.length > 0 &&
          RECORD_STATUSES.map((status) => (
            <Button
              key={status}
              size="compact-xs"
              variant={status === 'held' ? 'filled' : 'default'}
              loading={record.isPending}
              onClick={() => mark(chosen, status)}
            >
              {`${STATUS_LABELS[status]} (${chosen.length})`}
            </Button>
          ))}
      </Group>
      <Stack gap={6} component="ul" className="plain-list" aria-label="Past 1:1s not recorded">
        {items.map((item) => {
          const when = format(parseISO(item.at), 'EEE d MMM yyyy, HH:mm');
          const label = item.name ? `${item.name}, ${when}` : when;
          return (
            <Group key={keyOf(item)} component="li" justify="space-between" wrap="nowrap" gap="xs">
              <Group gap="xs" wrap="nowrap">
                <Checkbox
                  aria-label={`Select 1:1 ${label}`}
                  checked={selected.has(keyOf(item))}
                  onChange={() => toggle(item)}
                />
                <div>
                  {item.name && (
                    <Anchor component={Link} to={`/team/${item.personId}`} fw={600} size="sm">
                      {item.name}
                    </Anchor>
                  )}
                  <Text size="sm">
                    <Anchor component={Link} to={meetingPath(item.personId, item)} inherit>
                      {when}
                    </Anchor>
                  </Text>
                </div>
              </Group>
              <Group gap={4} wrap="nowrap">
                {RECORD_STATUSES.map((status) => (
                  <Button
                    key={status}
                    size="compact-xs"
                    variant={status === 'held' ? 'light' : 'subtle'}
                    disabled={record.isPending}
                    onClick={() => mark([item], status)}
                    aria-label={`Mark 1:1 ${label} as ${status}`}
                  >
                    {STATUS_LABELS[status]}
                  </Button>
                ))}
              </Group>
            </Group>
          );
        })}
      </Stack>
    </Stack>
  );
}
