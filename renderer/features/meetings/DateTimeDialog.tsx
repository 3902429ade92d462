import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useRef, useState } from 'react';

/** Said before asking the backend when the field is empty or partly typed. */
export const INCOMPLETE_DATE_TIME = 'Pick a day and a time, for example 17 November at 10:00.';

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
  const input = useRef<HTMLInputElement>(null);
  const [incomplete, setIncomplete] = useState(false);
  const submit = () => {
    // A partly typed date and time reads as "" in the field: say what is missing, send nothing.
    const missing = value === '' || Boolean(input.current?.validity.badInput);
    setIncomplete(missing);
    if (!missing) onSubmit();
  };
  return (
    <Modal opened={opened} onClose={onClose} title={title}>
      <Stack>
        <TextInput
          label={label}
          type="datetime-local"
          ref={input}
          max="9999-12-31T23:59"
          value={value}
          error={incomplete ? INCOMPLETE_DATE_TIME : error}
          onChange={(e) => {
            setIncomplete(false);
            onChange(e.currentTarget.value);
          }}
          onKeyDown={(e) => e.key === 'Enter' && submit()}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Back
          </Button>
          <Button loading={busy} onClick={submit}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
