import { ActionIcon, Anchor, Badge, Button, Group, Popover, Stack, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import { Link } from 'react-router';
import { SHARED_IN_LABELS, type Recognition } from '../../../shared/model/recognition';
import { formatDate } from '../../lib/format';

interface RecognitionEntryProps {
  recognition: Recognition;
  /** On a profile, the person whose page it is: only the others are named, as "with …". */
  forPersonId?: string;
  onRemove?: (id: string) => void;
  removing?: boolean;
}

/** One act of praise: when, who, what, which value, where it was shared. */
export function RecognitionEntry({
  recognition: r,
  forPersonId,
  onRemove,
  removing,
}: RecognitionEntryProps) {
  const others = r.recipients.filter((p) => p.personId !== forPersonId);
  const names = others.map((p, i) => (
    <Fragment key={p.personId}>
      {i > 0 && ', '}
      <Anchor component={Link} to={`/team/${p.personId}`} inherit fw={forPersonId ? 400 : 600}>
        {p.name}
      </Anchor>
    </Fragment>
  ));
  return (
    <Stack gap={4}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Group gap={6} wrap="wrap">
          <Text size="sm" c="dimmed">
            {formatDate(r.date)}
          </Text>
          {(!forPersonId || others.length > 0) && (
            <Text size="sm" c={forPersonId ? 'dimmed' : undefined}>
              {forPersonId && 'with '}
              {names}
            </Text>
          )}
        </Group>
        {onRemove && (
          <RemoveButton date={r.date} busy={removing} onConfirm={() => onRemove(r.id)} />
        )}
      </Group>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {r.text}
      </Text>
      <Group gap={6}>
        {r.value && <Badge variant="light">{r.value}</Badge>}
        <Badge variant="outline" color="gray">
          {SHARED_IN_LABELS[r.sharedIn]}
        </Badge>
      </Group>
    </Stack>
  );
}

function RemoveButton({
  date,
  busy,
  onConfirm,
}: {
  date: string;
  busy?: boolean;
  onConfirm: () => void;
}) {
  const [opened, setOpened] = useState(false);
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" withArrow trapFocus>
      <Popover.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={`Delete recognition from ${formatDate(date)}`}
          onClick={() => setOpened((o) => !o)}
        >
          <IconTrash size={16} aria-hidden />
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown>
        <Text size="sm" mb="xs">
          Delete this recognition for everyone it names?
        </Text>
        <Group gap="xs" justify="flex-end">
          <Button size="xs" variant="default" onClick={() => setOpened(false)}>
            Keep
          </Button>
          <Button size="xs" color="red" loading={busy} onClick={onConfirm}>
            Delete
          </Button>
        </Group>
      </Popover.Dropdown>
    </Popover>
  );
}
