import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { Goal } from '../../../shared/model/growth';
import { todayIso } from '../../lib/format';
import { useGrowthAction } from './queries';

/** Dropping a goal keeps it, with the reason: plans change, and the record says why. */
export function DropGoalDialog({
  personId,
  goal,
  onClose,
}: {
  personId: string;
  goal: Goal | null;
  onClose: () => void;
}) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const drop = useGrowthAction('growth:setGoalStatus', {
    done: 'Goal dropped.',
    showFieldErrors: (fields) => setError(fields.reason),
    fieldNames: ['reason'],
  });
  const submit = () => {
    if (!goal) return;
    if (!reason.trim()) return setError('Say why the goal is dropped.');
    drop.run(
      { personId, goalId: goal.id, status: 'dropped', reason, on: todayIso() },
      { onSuccess: () => (setReason(''), onClose()) },
    );
  };
  return (
    <Modal opened={goal !== null} onClose={onClose} title={`Drop "${goal?.title ?? ''}"`}>
      <Stack>
        <TextInput
          label="Why is it dropped?"
          data-autofocus
          value={reason}
          error={error}
          onChange={(e) => setReason(e.currentTarget.value)}
          onKeyDown={(e) => e.key === 'Enter' && submit()}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={submit} loading={drop.isPending}>
            Drop goal
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
