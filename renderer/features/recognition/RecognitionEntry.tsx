import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { Fragment, useState } from 'react';
import { Link } from 'react-router';
import { SHARED_IN_LABELS, type Recognition } from '../../../shared/model/recognition';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { RemoveButton } from '../../components/RemoveButton';
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
          <DeleteRecognition
            date={r.date}
            shared={r.recipients.length > 1}
            busy={removing}
            onConfirm={() => onRemove(r.id)}
          />
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

function DeleteRecognition({
  date,
  shared,
  busy,
  onConfirm,
}: {
  date: string;
  shared: boolean;
  busy?: boolean;
  onConfirm: () => void;
}) {
  const [opened, setOpened] = useState(false);
  return (
    <>
      <RemoveButton
        label={`Delete recognition from ${formatDate(date)}`}
        tooltip="Delete"
        onClick={() => setOpened(true)}
      />
      <ConfirmDialog
        opened={opened}
        title="Delete this recognition?"
        confirmLabel="Delete"
        busy={busy}
        onConfirm={onConfirm}
        onClose={() => setOpened(false)}
      >
        {shared
          ? 'It is deleted for everyone it names, from each of their histories. It cannot be undone.'
          : 'It is deleted from their history for good. It cannot be undone.'}
      </ConfirmDialog>
    </>
  );
}
