import { Card, Group, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A bordered card with a small heading and, on the right, one action (a button, a status). */
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
    <Card withBorder>
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
