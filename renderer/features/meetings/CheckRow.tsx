import { Badge, Checkbox, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { PointAuthor } from '../../../shared/model/meeting';

interface CheckRowProps {
  text: string;
  checked: boolean;
  onCheck: (checked: boolean) => void;
  /** Who raised it or owns it: "You", or the report's first name. */
  by: PointAuthor;
  firstName: string;
  /** Badges after the author's (carried over, due, overdue). */
  badges?: ReactNode;
  /** Buttons on the right (move, remove). */
  actions?: ReactNode;
}

/** One talking point or action item: tick it off, see who it is from, act on it. */
export function CheckRow({
  text,
  checked,
  onCheck,
  by,
  firstName,
  badges,
  actions,
}: CheckRowProps) {
  return (
    <Group component="li" justify="space-between" wrap="nowrap" gap="xs">
      <Group gap="xs" wrap="nowrap" align="flex-start" style={{ minWidth: 0, flex: 1 }}>
        <Checkbox
          checked={checked}
          aria-label={`Done: ${text}`}
          onChange={(e) => onCheck(e.currentTarget.checked)}
        />
        {/* The badges go under the text and wrap, so a narrow column never cuts them short. */}
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text size="sm" td={checked ? 'line-through' : undefined}>
            {text}
          </Text>
          <Group gap={4}>
            <Badge size="xs" variant="outline" color={by === 'lead' ? 'teal' : 'grape'}>
              {by === 'lead' ? 'You' : firstName}
            </Badge>
            {badges}
          </Group>
        </Stack>
      </Group>
      {actions}
    </Group>
  );
}
