import {
  Button,
  Card,
  Group,
  Loader,
  NumberInput,
  Stack,
  TagsInput,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { valuesListSchema } from '../../../shared/ipc/channels/values';
import { DEFAULT_VALUES, teamPreferencesSchema } from '../../../shared/model/documents';
import { fieldsOf, messageOf } from '../../lib/errors';
import { useRecognitionPreferences, useSaveValues, useSetGapDays, useValues } from './queries';

const gapSchema = teamPreferencesSchema.shape.recognitionGapDays;
const done = (message: string) => notifications.show({ color: 'teal', message });

/** The nudge threshold and the team's values. */
export function RecognitionSettingsCard() {
  const prefs = useRecognitionPreferences();
  const values = useValues();
  return (
    <Card withBorder>
      <Title order={3} size="h5" mb="xs">
        Recognition
      </Title>
      {prefs.data && values.data ? (
        <Stack gap="md">
          <GapSetting initial={prefs.data.recognitionGapDays} />
          <ValuesSetting initial={values.data} />
        </Stack>
      ) : (
        <Loader size="sm" aria-label="Loading recognition settings" />
      )}
    </Card>
  );
}

function GapSetting({ initial }: { initial: number }) {
  const save = useSetGapDays();
  const [gap, setGap] = useState<string | number>(initial);
  const [error, setError] = useState<string | null>(null);
  const submit = () => {
    const parsed = gapSchema.safeParse(typeof gap === 'number' ? gap : Number.NaN);
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? 'Use a whole number.');
    setError(null);
    save.mutate(parsed.data, {
      onSuccess: () => done(`Today now nudges you after ${parsed.data} days without recognition.`),
      onError: (e) => setError(fieldsOf(e).days ?? messageOf(e)),
    });
  };
  return (
    <Group align="flex-start" gap="xs">
      <NumberInput
        label="Nudge after this many days without recognition"
        min={1}
        max={365}
        allowDecimal={false}
        // Out-of-range input gets a message, not a silent change to the nearest allowed value.
        clampBehavior="none"
        value={gap}
        onChange={setGap}
        onKeyDown={(e) => e.key === 'Enter' && submit()}
        error={error}
        w={400}
      />
      <Button mt={25} onClick={submit} loading={save.isPending}>
        Save
      </Button>
    </Group>
  );
}

function ValuesSetting({ initial }: { initial: string[] }) {
  const save = useSaveValues();
  const [list, setList] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const submit = () => {
    const parsed = valuesListSchema.safeParse(list);
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? 'Check the values.');
    setError(null);
    save.mutate(parsed.data, {
      onSuccess: () => done('Team values saved.'),
      onError: (e) => setError(messageOf(e)),
    });
  };
  return (
    <div>
      <TagsInput
        label="Team values"
        description="What you recognise people for. Press Enter after each one; past praise keeps its value."
        value={list}
        onChange={setList}
        error={error}
        clearable
      />
      <Group gap="xs" mt="xs">
        <Button onClick={submit} loading={save.isPending}>
          Save values
        </Button>
        <Button variant="default" onClick={() => setList([...DEFAULT_VALUES])}>
          Restore the default set
        </Button>
      </Group>
      <Text size="xs" c="dimmed" mt={4}>
        The default set is written for support teams: {DEFAULT_VALUES.join(', ')}.
      </Text>
    </div>
  );
}
