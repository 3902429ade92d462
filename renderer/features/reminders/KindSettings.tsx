import { Group, NumberInput, Stack, Switch } from '@mantine/core';
import {
  REMINDER_KINDS,
  REMINDER_KIND_INFO,
  type ReminderSettings,
} from '../../../shared/model/reminders';
import type { FieldErrors } from '../../lib/use-action';

const UNIT_LABEL = { minutes: 'Minutes before', days: 'Days before' } as const;

interface KindSettingsProps {
  kinds: ReminderSettings['kinds'];
  onChange(kinds: ReminderSettings['kinds']): void;
  errors: FieldErrors;
}

/** Each kind of reminder, on or off, with its lead time where it has one. */
export function KindSettings({ kinds, onChange, errors }: KindSettingsProps) {
  return (
    <Stack gap="sm">
      {REMINDER_KINDS.map((kind) => {
        const info = REMINDER_KIND_INFO[kind];
        const current = kinds[kind];
        const set = (next: Partial<typeof current>) =>
          onChange({ ...kinds, [kind]: { ...current, ...next } });
        return (
          <Group key={kind} justify="space-between" align="flex-start" wrap="nowrap">
            <Switch
              label={info.label}
              description={info.help}
              checked={current.enabled}
              onChange={(event) => set({ enabled: event.currentTarget.checked })}
            />
            {info.leadUnit && (
              <NumberInput
                label={UNIT_LABEL[info.leadUnit]}
                aria-label={`${info.label}: ${UNIT_LABEL[info.leadUnit].toLowerCase()}`}
                size="xs"
                w={130}
                min={0}
                allowDecimal={false}
                clampBehavior="none"
                disabled={!current.enabled}
                value={current.lead}
                onChange={(value) => set({ lead: typeof value === 'number' ? value : Number.NaN })}
                error={errors[`kinds.${kind}.lead`]}
              />
            )}
          </Group>
        );
      })}
    </Stack>
  );
}
