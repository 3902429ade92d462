import { Button, Card, Group, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * Every card with a heading: a bordered card with a small heading and, on the right, one action
 * (a `CardAction`, a status). Printing keeps each card on one page where it fits.
 */
export function SectionCard({
  title,
  action,
  children,
}: {
  title: ReactNode;
  action?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Card withBorder style={{ breakInside: 'avoid' }}>
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Title order={3} size="h5">
          {title}
        </Title>
        {action}
      </Group>
      {children}
    </Card>
  );
}

/** The one action at the top of a card: "Log feedback", "Recognise", "Ad-hoc 1:1". */
export function CardAction({
  icon,
  onClick,
  disabled,
  children,
}: {
  icon: ReactNode;
  onClick: () => void;
  disabled?: boolean;
  children: ReactNode;
}) {
  return (
    <Button
      size="compact-sm"
      variant="light"
      leftSection={icon}
      disabled={disabled}
      onClick={onClick}
    >
      {children}
    </Button>
  );
}
