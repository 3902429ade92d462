import { Button, Group, NumberInput, Stack, TagsInput, Text } from '@mantine/core';
import { useState } from 'react';
import { valuesListSchema } from '../../../shared/ipc/channels/values';
import { DEFAULT_VALUES, teamPreferencesSchema } from '../../../shared/model/documents';
import { QueryState } from '../../components/QueryState';
import { SectionCard } from '../../components/SectionCard';
import type { FieldErrors } from '../../lib/use-action';
import { useRecognitionPreferences, useSaveValues, useSetGapDays, useValues } from './queries';

const gapSchema = teamPreferencesSchema.shape.recognitionGapDays;

/** The nudge threshold and the team's values. */
export function RecognitionSettingsCard() {
  const prefs = useRecognitionPreferences();
  const values = useValues();
  const label = 'Loading recognition settings';
  return (
    <SectionCard title="Recognition">
      {!prefs.isSuccess ? (
        <QueryState query={prefs} label={label} />
      ) : !values.isSuccess ? (
        <QueryState query={values} label={label} />
      ) : (
        <Stack gap="md">
          <GapSetting initial={prefs.data.recognitionGapDays} />
          <ValuesSetting initial={values.data} />
        </Stack>
      )}
    </SectionCard>
  );
}

function GapSetting({ initial }: { initial: number }) {
  const [gap, setGap] = useState<string | number>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const save = useSetGapDays({
    done: (_, days) => `Today now nudges you after ${days} days without recognition.`,
    showFieldErrors: setErrors,
    fieldNames: ['days'],
  });
  const submit = () => {
    const parsed = gapSchema.safeParse(typeof gap === 'number' ? gap : Number.NaN);
    if (!parsed.success)
      return setErrors({ days: parsed.error.issues[0]?.message ?? 'Use a whole number.' });
    save.run(parsed.data);
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
        error={errors.days}
        w={400}
      />
      <Button mt={25} onClick={submit} loading={save.isPending}>
        Save
      </Button>
    </Group>
  );
}

function ValuesSetting({ initial }: { initial: string[] }) {
  const [list, setList] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const save = useSaveValues({
    done: 'Team values saved.',
    showFieldErrors: setErrors,
    fieldNames: ['values'],
  });
  const submit = () => {
    const parsed = valuesListSchema.safeParse(list);
    if (!parsed.success)
      return setErrors({ values: parsed.error.issues[0]?.message ?? 'Check the values.' });
    save.run(parsed.data);
  };
  return (
    <div>
      <TagsInput
        label="Team values"
        description="What you recognise people for. Press Enter after each one; past praise keeps its value."
        value={list}
        onChange={setList}
        error={errors.values}
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
