import { Badge, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { SectionCard } from '../../components/SectionCard';
import type { Person } from '../../../shared/model/person';
import { describeShiftedTimes } from '../../../shared/domain/cadence-text';
import { describeCadence, formatDate, formatMeeting } from '../../lib/format';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text>{children}</Text>
    </div>
  );
}

export function DetailsCard({ person }: { person: Person }) {
  return (
    <SectionCard title="Details">
      <Stack gap="sm">
        <Field label="Email">{person.email || '—'}</Field>
        <Field label="Joined the team">{formatDate(person.startDate)}</Field>
        <Field label="Note">{person.note || '—'}</Field>
      </Stack>
    </SectionCard>
  );
}

export function CadenceCard({
  person,
  nextMeeting,
}: {
  person: Person;
  nextMeeting: string | null;
}) {
  return (
    <SectionCard title="1:1s">
      <Stack gap="sm">
        <Field label="Cadence">{describeCadence(person.cadence)}</Field>
        {describeShiftedTimes(person.cadence, new Date()).map((note) => (
          <Text key={note} size="sm" c="orange.8" role="note">
            {note}
          </Text>
        ))}
        <Field label="Next 1:1">
          {nextMeeting
            ? formatMeeting(nextMeeting)
            : person.status === 'archived'
              ? 'None while archived'
              : 'Not scheduled'}
        </Field>
      </Stack>
    </SectionCard>
  );
}

export function TagsCard({ person }: { person: Person }) {
  const group = (label: string, items: string[]) => (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} mb={4}>
        {label}
      </Text>
      {items.length ? (
        <Group gap={6}>
          {items.map((item) => (
            <Badge key={item} variant="light">
              {item}
            </Badge>
          ))}
        </Group>
      ) : (
        <Text c="dimmed">None yet</Text>
      )}
    </div>
  );
  return (
    <SectionCard title="Skills and tags">
      <Stack gap="sm">
        {group('Skills', person.skills)}
        {group('Tags', person.tags)}
      </Stack>
    </SectionCard>
  );
}
