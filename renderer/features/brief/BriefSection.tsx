import { Card, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export function BriefSection({
  title,
  empty,
  children,
}: {
  title: string;
  empty?: string | false;
  children?: ReactNode;
}) {
  return (
    <Card withBorder style={{ breakInside: 'avoid' }}>
      <Title order={3} size="h5" mb="xs">
        {title}
      </Title>
      {empty ? (
        <Text c="dimmed" size="sm">
          {empty}
        </Text>
      ) : (
        children
      )}
    </Card>
  );
}
