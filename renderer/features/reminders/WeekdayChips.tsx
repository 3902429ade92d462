import { Chip, Group, Input } from '@mantine/core';

/** Monday first, as a lead's week reads; values are `Date.getDay()` numbers. */
const DAYS = [
  { day: 1, short: 'Mon', name: 'Monday' },
  { day: 2, short: 'Tue', name: 'Tuesday' },
  { day: 3, short: 'Wed', name: 'Wednesday' },
  { day: 4, short: 'Thu', name: 'Thursday' },
  { day: 5, short: 'Fri', name: 'Friday' },
  { day: 6, short: 'Sat', name: 'Saturday' },
  { day: 0, short: 'Sun', name: 'Sunday' },
] as const;

interface WeekdayChipsProps {
  label: string;
  value: number[];
  onChange(days: number[]): void;
  error?: string;
  disabled?: boolean;
}

/** Days of the week to pick, each a toggle with the day's full name. */
export function WeekdayChips({ label, value, onChange, error, disabled }: WeekdayChipsProps) {
  return (
    <Input.Wrapper label={label} error={error} labelElement="div">
      <Group gap={6} mt={4} role="group" aria-label={label}>
        {DAYS.map(({ day, short, name }) => (
          <Chip
            key={day}
            size="xs"
            checked={value.includes(day)}
            disabled={disabled}
            aria-label={name}
            onChange={(checked) =>
              onChange(checked ? [...value, day].sort() : value.filter((d) => d !== day))
            }
          >
            {short}
          </Chip>
        ))}
      </Group>
    </Input.Wrapper>
  );
}
