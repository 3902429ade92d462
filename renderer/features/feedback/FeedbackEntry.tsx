import { ActionIcon, Badge, Button, Group, Menu, Stack, Text } from '@mantine/core';
import { IconCheck, IconDots } from '@tabler/icons-react';
import { useState } from 'react';
import {
  FEEDBACK_KIND_LABELS,
  FEEDBACK_LINK_LABELS,
  type Feedback,
} from '../../../shared/model/feedback';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { formatDate } from '../../lib/format';
import { LinkedMetric } from '../metric-links/LinkedMetric';

interface FeedbackEntryProps {
  personId: string;
  feedback: Feedback;
  busy: boolean;
  onMarkDelivered: () => void;
  onEdit: () => void;
  onRemove: () => void;
}

function StatusBadge({ feedback: f }: { feedback: Feedback }) {
  if (f.status === 'to_deliver')
    return (
      <Badge color="yellow" variant="light">
        To deliver
      </Badge>
    );
  const on = f.deliveredOn ? ` ${formatDate(f.deliveredOn)}` : '';
  const where = f.deliveredInMeetingId ? ' in a 1:1' : '';
  if (f.status === 'follow_up')
    return (
      <Badge color="blue" variant="light">
        Follow up {f.followUpOn ? formatDate(f.followUpOn) : ''}
      </Badge>
    );
  return (
    <Badge color="gray" variant="light">
      Delivered{on}
      {where}
    </Badge>
  );
}

const LINES = [
  ['situation', 'Situation'],
  ['behaviour', 'Behaviour'],
  ['impact', 'Impact'],
  ['nextStep', 'Next step'],
] as const;

/** One feedback entry: kind, date, status, the SBI lines and what to do with it. */
export function FeedbackEntry({
  personId,
  feedback: f,
  busy,
  onMarkDelivered,
  onEdit,
  onRemove,
}: FeedbackEntryProps) {
  const [confirming, setConfirming] = useState(false);
  const label = `${FEEDBACK_KIND_LABELS[f.kind].toLowerCase()} feedback from ${formatDate(f.date)}`;
  return (
    <Stack gap={4} aria-label={label}>
      <Group justify="space-between" wrap="nowrap">
        <Group gap={6}>
          <Badge color={f.kind === 'positive' ? 'teal' : 'orange'} variant="filled" size="sm">
            {FEEDBACK_KIND_LABELS[f.kind]}
          </Badge>
          <Text size="sm" c="dimmed">
            {formatDate(f.date)}
          </Text>
          <StatusBadge feedback={f} />
          {f.link && (
            <Badge variant="outline" color="gray" size="sm">
              {FEEDBACK_LINK_LABELS[f.link.type]}: {f.link.label}
            </Badge>
          )}
        </Group>
        <Group gap={4} wrap="nowrap">
          {f.status === 'to_deliver' && (
            <Button
              size="compact-sm"
              variant="default"
              leftSection={<IconCheck size={14} aria-hidden />}
              loading={busy}
              onClick={onMarkDelivered}
            >
              Mark delivered
            </Button>
          )}
          <Menu position="bottom-end">
            <Menu.Target>
              <ActionIcon variant="subtle" color="gray" aria-label={`More for ${label}`}>
                <IconDots size={16} aria-hidden />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item onClick={onEdit}>Edit</Menu.Item>
              <Menu.Item color="red" onClick={() => setConfirming(true)}>
                Delete
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
      </Group>
      {LINES.map(([key, title]) =>
        f[key] ? (
          <Text size="sm" key={key}>
            <Text span fw={600} size="sm">
              {title}:
            </Text>{' '}
            {f[key]}
          </Text>
        ) : null,
      )}
      {f.metricId && <LinkedMetric personId={personId} metricId={f.metricId} />}
      <ConfirmDialog
        opened={confirming}
        title="Delete this feedback?"
        confirmLabel="Delete"
        busy={busy}
        onConfirm={onRemove}
        onClose={() => setConfirming(false)}
      >
        The {label} is deleted for good, with its delivery and follow-up. It cannot be undone.
      </ConfirmDialog>
    </Stack>
  );
}
