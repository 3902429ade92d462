import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { sameName } from '../../../shared/domain/names';

interface DeletePersonDialogProps {
  name: string;
  opened: boolean;
  busy: boolean;
  onClose: () => void;
  onConfirm: () => void;
}

/** Deleting for good cannot be undone, so the lead types the name to confirm. */
export function DeletePersonDialog({
  name,
  opened,
  busy,
  onClose,
  onConfirm,
}: DeletePersonDialogProps) {
  const [typed, setTyped] = useState('');
  const matches = sameName(typed, name);
  return (
    <Modal opened={opened} onClose={onClose} title={`Delete ${name} for good?`} centered>
      <Stack>
        <Text size="sm">
          This erases everything Coachbook keeps about {name}, including every backup of it. It
          cannot be undone. To keep their history, archive them instead.
        </Text>
        <TextInput
          label={`Type ${name} to confirm`}
          value={typed}
          onChange={(e) => setTyped(e.currentTarget.value)}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button color="red" disabled={!matches} loading={busy} onClick={onConfirm}>
            Delete for good
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
