import { TextInput, type TextInputProps } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';

interface SearchInputProps extends Pick<TextInputProps, 'w' | 'mb'> {
  /** The accessible name: "Search prompts". */
  label: string;
  placeholder?: string;
  value: string;
  onChange: (value: string) => void;
}

/** The search or filter box over a list: a magnifier, no visible label. */
export function SearchInput({ label, placeholder, value, onChange, ...layout }: SearchInputProps) {
  return (
    <TextInput
      aria-label={label}
      placeholder={placeholder ?? label}
      leftSection={<IconSearch size={14} aria-hidden />}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      {...layout}
    />
  );
}
