import { List, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { SectionCard } from '../../components/SectionCard';

/** One part of the brief: its list, or a line saying there is nothing. */
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
    <SectionCard title={title}>
      {empty ? (
        <Text c="dimmed" size="sm">
          {empty}
        </Text>
      ) : (
        children
      )}
    </SectionCard>
  );
}

/** A part of the brief that is one list, named by its title; `count` 0 shows `empty` instead. */
export function BriefList({
  title,
  count,
  empty,
  icon,
  children,
}: {
  title: string;
  count: number;
  empty: string;
  icon?: ReactNode;
  children: ReactNode;
}) {
  return (
    <BriefSection title={title} empty={count === 0 && empty}>
      <List spacing={4} icon={icon} aria-label={title}>
        {children}
      </List>
    </BriefSection>
  );
}
