import { Button, Group, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { Goal } from '../../../shared/model/growth';
import { todayIso } from '../../lib/format';
import { useGrowthAction } from './queries';

/** A dated line on how a goal is going; written in a 1:1, it records that 1:1. */
export function CheckInForm({
  personId,
  goal,
  meetingId,
}: {
  personId: string;
  goal: Goal;
  meetingId: string | null;
}) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const save = useGrowthAction('growth:addCheckIn', {
    done: 'Check-in saved.',
    showFieldErrors: (fields) => setError(fields.text),
    fieldNames: ['text'],
  });
  const submit = () => {
    if (!text.trim()) return setError('Write how it is going first.');
    save.run(
      { personId, goalId: goal.id, text, on: todayIso(), meetingId },
      { onSuccess: () => setText('') },
    );
  };
  return (
    <Group align="flex-start" gap="xs" wrap="nowrap">
      <TextInput
        aria-label={`Check-in on ${goal.title}`}
        placeholder="How is it going? (Enter to save)"
        size="xs"
        value={text}
        error={error}
        onChange={(e) => {
          setText(e.currentTarget.value);
          setError(undefined);
        }}
        onKeyDown={(e) => e.key === 'Enter' && submit()}
        style={{ flex: 1 }}
      />
      <Button size="xs" variant="light" onClick={submit} loading={save.isPending}>
        Check in
      </Button>
    </Group>
  );
}
