import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';

interface DateTimeDialogProps {
  opened: boolean;
  title: string;
  label: string;
  /** Local date-time, `2026-11-17T10:00`. */
  value: string;
  error?: string;
  busy: boolean;
  submitLabel: string;
  onChange: (value: string) => void;
  onSubmit: () => void;
  onClose: () => void;
}

/** Asks for one date and time: an ad-hoc 1:1, or the new time of a moved one. */
export function DateTimeDialog({
  opened,
  title,
  label,
  value,
  error,
  busy,
  submitLabel,
  onChange,
  onSubmit,
  onClose,
}: DateTimeDialogProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={title}>
      <Stack>
        <TextInput
          label={label}
          type="datetime-local"
          value={value}
          error={error}
          onChange={(e) => onChange(e.currentTarget.value)}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Back
          </Button>
          <Button loading={busy} onClick={onSubmit}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
