import { Button, Divider, Fieldset, Group, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import {
  REMINDER_KINDS,
  REMINDER_KIND_INFO,
  reminderSettingsSchema,
  type ReminderSettings,
} from '../../../shared/model/reminders';
import { fieldErrors } from '../../../shared/model/validation';
import { QueryState } from '../../components/QueryState';
import { SectionCard } from '../../components/SectionCard';
import type { FieldErrors } from '../../lib/use-action';
import { KindSettings } from './KindSettings';
import { useReminderSettings, useSaveReminderSettings } from './queries';
import { StartAtLoginSwitch } from './StartAtLoginSwitch';
import { TestNotificationButton } from './TestNotificationButton';
import { WeekdayChips } from './WeekdayChips';

/** Reminders: which kinds, the daily digest, quiet hours, a test, and start at login. */
export function ReminderSettingsCard() {
  const query = useReminderSettings();
  return (
    <SectionCard title="Reminders">
      <Stack gap="md">
        {query.isSuccess ? (
          // Keyed by the saved settings: a save elsewhere (the tray's pause) starts the form afresh.
          <ReminderSettingsForm key={JSON.stringify(query.data)} initial={query.data} />
        ) : (
          <QueryState query={query} label="Loading reminder settings" />
        )}
        <Divider />
        <TestNotificationButton />
        <StartAtLoginSwitch />
      </Stack>
    </SectionCard>
  );
}

/** An emptied lead time reads as "no number", which the schema words for developers. */
function emptyLeads({ kinds }: ReminderSettings): FieldErrors {
  const errors: FieldErrors = {};
  for (const kind of REMINDER_KINDS) {
    const unit = REMINDER_KIND_INFO[kind].leadUnit;
    if (unit && !Number.isFinite(kinds[kind].lead)) {
      errors[`kinds.${kind}.lead`] = `Enter a whole number of ${unit}.`;
    }
  }
  return errors;
}

function ReminderSettingsForm({ initial }: { initial: ReminderSettings }) {
  const [settings, setSettings] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const save = useSaveReminderSettings({
    done: 'Reminder settings saved.',
    showFieldErrors: setErrors,
  });
  const { digest, quietHours } = settings;
  const setDigest = (next: Partial<typeof digest>) =>
    setSettings({ ...settings, digest: { ...digest, ...next } });
  const setQuiet = (next: Partial<typeof quietHours>) =>
    setSettings({ ...settings, quietHours: { ...quietHours, ...next } });

  const submit = () => {
    const parsed = reminderSettingsSchema.safeParse(settings);
    if (!parsed.success)
      return setErrors({ ...fieldErrors(parsed.error), ...emptyLeads(settings) });
    save.run(parsed.data);
  };

  return (
    <Stack gap="md">
      <Text size="sm">
        Coachbook reminds you from the tray, even with the window closed. A click on a reminder
        opens its screen.
      </Text>
      <KindSettings
        kinds={settings.kinds}
        onChange={(kinds) => setSettings({ ...settings, kinds })}
        errors={errors}
      />
      <Fieldset legend="Daily digest">
        <Stack gap="xs">
          <Switch
            label="One notification that sums up the day"
            checked={digest.enabled}
            onChange={(event) => setDigest({ enabled: event.currentTarget.checked })}
          />
          <TextInput
            label="Digest time"
            type="time"
            w={160}
            disabled={!digest.enabled}
            value={digest.time}
            onChange={(event) => setDigest({ time: event.currentTarget.value })}
            error={errors['digest.time']}
          />
          <WeekdayChips
            label="Digest days"
            value={digest.days}
            disabled={!digest.enabled}
            onChange={(days) => setDigest({ days })}
            error={errors['digest.days']}
          />
        </Stack>
      </Fieldset>
      <Fieldset legend="Quiet hours">
        <Stack gap="xs">
          <Switch
            label="Hold reminders for the next digest during quiet hours"
            checked={quietHours.enabled}
            onChange={(event) => setQuiet({ enabled: event.currentTarget.checked })}
          />
          <Group gap="sm">
            <TextInput
              label="Quiet from"
              type="time"
              w={140}
              disabled={!quietHours.enabled}
              value={quietHours.from}
              onChange={(event) => setQuiet({ from: event.currentTarget.value })}
              error={errors['quietHours.from']}
            />
            <TextInput
              label="Until"
              type="time"
              w={140}
              disabled={!quietHours.enabled}
              value={quietHours.to}
              onChange={(event) => setQuiet({ to: event.currentTarget.value })}
              error={errors['quietHours.to']}
            />
          </Group>
          <WeekdayChips
            label="Quiet all day on"
            value={quietHours.quietDays}
            disabled={!quietHours.enabled}
            onChange={(quietDays) => setQuiet({ quietDays })}
            error={errors['quietHours.quietDays']}
          />
        </Stack>
      </Fieldset>
      <Group>
        <Button onClick={submit} loading={save.isPending}>
          Save reminder settings
        </Button>
      </Group>
    </Stack>
  );
}
