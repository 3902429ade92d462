import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { Absence } from '../../../shared/model/growth';
import { RemoveButton } from '../../components/RemoveButton';
import { SectionCard } from '../../components/SectionCard';
import { formatDate, todayIso } from '../../lib/format';
import { api } from '../../lib/api';
import { useGrowthAction } from './queries';

/** Real leave with dates: while it lasts, the person covers no skill. */
export function LeaveCard({
  personId,
  name,
  absences,
}: {
  personId: string;
  name: string;
  absences: Absence[];
}) {
  const [from, setFrom] = useState(todayIso());
  const [to, setTo] = useState(todayIso());
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const add = useGrowthAction('growth:addAbsence', {
    done: `Leave recorded for ${name}.`,
    showFieldErrors: setErrors,
    fieldNames: ['from', 'to', 'note'],
  });
  const remove = useGrowthAction('growth:removeAbsence', {
    done: 'Leave removed.',
    undo: (_, input) => {
      const a = absences.find((x) => x.id === input.absenceId);
      return a
        ? api.growth.addAbsence({ personId, from: a.from, to: a.to, note: a.note })
        : Promise.resolve();
    },
  });
  const today = todayIso();
  const shown = absences.filter((a) => a.to >= today);
  return (
    <SectionCard title="Leave">
      <Stack gap="xs">
        {shown.length === 0 ? (
          <Text size="sm" c="dimmed">
            No leave ahead. Record it here so coverage shows who can stand in.
          </Text>
        ) : (
          <Stack gap={4} component="ul" className="plain-list" aria-label={`Leave of ${name}`}>
            {shown.map((a) => (
              <Group key={a.id} component="li" justify="space-between" wrap="nowrap">
                <Text size="sm">
                  {formatDate(a.from)} to {formatDate(a.to)}
                  {a.note && ` · ${a.note}`}
                </Text>
                <RemoveButton
                  label={`Remove leave from ${formatDate(a.from)}`}
                  onClick={() => remove.run({ personId, absenceId: a.id })}
                />
              </Group>
            ))}
          </Stack>
        )}
        <Group align="flex-start" gap="xs" wrap="nowrap">
          <TextInput
            label="Away from"
            type="date"
            size="xs"
            value={from}
            error={errors.from}
            onChange={(e) => setFrom(e.currentTarget.value)}
          />
          <TextInput
            label="Until"
            type="date"
            size="xs"
            min={from}
            value={to}
            error={errors.to}
            onChange={(e) => setTo(e.currentTarget.value)}
          />
          <TextInput
            label="Note"
            size="xs"
            placeholder="Holiday"
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            style={{ flex: 1 }}
          />
          <Button
            size="xs"
            mt={24}
            variant="light"
            loading={add.isPending}
            onClick={() => add.run({ personId, from, to, note }, { onSuccess: () => setNote('') })}
          >
            Add leave
          </Button>
        </Group>
      </Stack>
    </SectionCard>
  );
}
