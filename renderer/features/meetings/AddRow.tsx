import { Button, Group, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';

interface AddRowProps {
  /** The text box's accessible name: "New talking point". */
  label: string;
  placeholder: string;
  value: string;
  error?: string;
  busy: boolean;
  onChange: (value: string) => void;
  /** Enter in the text box or the Add button. */
  onSubmit: () => void;
  /** Controls between the text and the button: who raised it, who owns it, when it is due. */
  children?: ReactNode;
}

/** The row under a list of talking points or action items that adds one more. */
export function AddRow({
  label,
  placeholder,
  value,
  error,
  busy,
  onChange,
  onSubmit,
  children,
}: AddRowProps) {
  return (
    <Group align="flex-start" gap="xs" wrap="nowrap">
      <TextInput
        aria-label={label}
        placeholder={placeholder}
        value={value}
        error={error}
        onChange={(e) => onChange(e.currentTarget.value)}
        onKeyDown={(e) => e.key === 'Enter' && onSubmit()}
        style={{ flex: 1 }}
      />
      {children}
      <Button onClick={onSubmit} loading={busy}>
        Add
      </Button>
    </Group>
  );
}
