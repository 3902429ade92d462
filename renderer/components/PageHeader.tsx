import { Group, Stack, Text, Title } from '@mantine/core';
import { useRef, type ReactNode } from 'react';
import { usePageTitle } from '../lib/page-title';

/**
 * Every page's heading: the page's one h1, which the app shell focuses after a route change
 * (`data-page-heading`, tabIndex -1: focusable from script, not in the tab order) and which
 * names the window ("Ana Lima — Coachbook").
 */
export function PageHeader({
  title,
  subtitle,
  actions,
}: {
  title: ReactNode;
  subtitle?: ReactNode;
  actions?: ReactNode;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  usePageTitle(heading);
  return (
    <Group justify="space-between" align="flex-start" mb="lg" wrap="nowrap">
      <Stack gap={2}>
        <Title ref={heading} order={1} size="h2" tabIndex={-1} data-page-heading>
          {title}
        </Title>
        {subtitle ? <Text c="dimmed">{subtitle}</Text> : null}
      </Stack>
      {actions ? <Group gap="xs">{actions}</Group> : null}
    </Group>
  );
}
