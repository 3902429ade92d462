import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { sameName } from '../../shared/domain/names';

interface ConfirmDialogProps {
  opened: boolean;
  /** The question: "Delete this feedback?" */
  title: string;
  /** What will be lost, and any gentler way out. */
  children: ReactNode;
  /** The destructive button: "Delete", "Delete for good". */
  confirmLabel: string;
  /**
   * The strongest variant, for what can never be undone (a person and every backup of them):
   * the button works only once this name is typed.
   */
  typeToConfirm?: string;
  busy?: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

/**
 * The one confirmation for destructive actions that have no undo. Cheap removals (a talking
 * point, an action item, a prompt, a template) do not ask: they offer "Undo" instead
 * (lib/undo-toast.tsx).
 */
export function ConfirmDialog({ opened, title, onClose, ...rest }: ConfirmDialogProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered>
      {/* The modal unmounts its content once closed: a name typed last time is gone the next. */}
      <ConfirmBody onClose={onClose} {...rest} />
    </Modal>
  );
}

function ConfirmBody({
  children,
  confirmLabel,
  typeToConfirm,
  busy,
  onConfirm,
  onClose,
}: Omit<ConfirmDialogProps, 'opened' | 'title'>) {
  const [typed, setTyped] = useState('');
  const ready = typeToConfirm === undefined || sameName(typed, typeToConfirm);
  return (
    <Stack>
      <Text size="sm">{children}</Text>
      {typeToConfirm !== undefined && (
        <TextInput
          label={`Type ${typeToConfirm} to confirm`}
          value={typed}
          onChange={(e) => setTyped(e.currentTarget.value)}
          data-autofocus
        />
      )}
      <Group justify="flex-end">
        <Button
          variant="default"
          onClick={onClose}
          data-autofocus={typeToConfirm ? undefined : true}
        >
          Cancel
        </Button>
        <Button color="red" disabled={!ready} loading={busy} onClick={onConfirm}>
          {confirmLabel}
        </Button>
      </Group>
    </Stack>
  );
}
