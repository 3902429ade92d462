import { Badge, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState, type KeyboardEvent } from 'react';
import type { CaptureShortcutState } from '../../../shared/ipc/channels/recognition';
import { acceleratorSchema, formatAccelerator } from '../../../shared/model/recognition';
import { QueryState } from '../../components/QueryState';
import { SectionCard } from '../../components/SectionCard';
import { api } from '../../lib/api';
import { isMac } from '../../lib/platform';
import { useAction, type FieldErrors } from '../../lib/use-action';
import { useRecognitionPreferences, useSetShortcut } from '../recognition/queries';
import { acceleratorFromKeys } from './accelerator-keys';
import { ShortcutLabel } from './ShortcutLabel';

/** The global shortcut for quick capture: what it is, whether it works, and a recorder to change it. */
export function ShortcutSettingsCard() {
  const prefs = useRecognitionPreferences();
  return (
    <SectionCard title="Quick capture">
      {prefs.isSuccess ? (
        <ShortcutForm shortcut={prefs.data.shortcut} />
      ) : (
        <QueryState query={prefs} label="Loading the shortcut" />
      )}
    </SectionCard>
  );
}

function ShortcutForm({ shortcut }: { shortcut: CaptureShortcutState }) {
  const [recorded, setRecorded] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const save = useSetShortcut({
    done: (_, accelerator) =>
      `${formatAccelerator(accelerator, isMac)} now opens the capture window.`,
    showFieldErrors: setErrors,
    fieldNames: ['accelerator'],
  });
  const openWindow = useAction(() => api.recognition.openCaptureWindow(), {
    failureTitle: 'The capture window did not open',
  });

  const record = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Tab' || (event.key === 'Escape' && !recorded)) return;
    event.preventDefault();
    if (event.key === 'Backspace' && !event.ctrlKey && !event.metaKey && !event.altKey) {
      setRecorded('');
      return;
    }
    const { modifiers, key } = acceleratorFromKeys(event.nativeEvent, isMac);
    setRecorded([...modifiers, key ?? ''].join('+'));
    setErrors({});
  };

  const submit = (accelerator: string) => {
    const parsed = acceleratorSchema.safeParse(accelerator);
    if (!parsed.success) return setErrors({ accelerator: parsed.error.issues[0]!.message });
    save.run(parsed.data, { onSuccess: () => setRecorded('') });
  };

  return (
    <Stack gap="sm">
      <Group gap="xs">
        <Text size="sm">Capture window shortcut:</Text>
        <ShortcutLabel accelerator={shortcut.accelerator} />
        <Badge color={shortcut.active ? 'teal' : 'orange'} variant="light">
          {shortcut.active ? 'Active' : 'Not active'}
        </Badge>
      </Group>
      {shortcut.message && (
        <Text size="sm" c="dimmed">
          {shortcut.message}
        </Text>
      )}
      {shortcut.available && (
        <>
          <Group align="flex-start" gap="xs">
            <TextInput
              label="New shortcut"
              description="Click here, then press the keys together. Backspace clears."
              placeholder="Press keys…"
              readOnly
              value={recorded ? formatAccelerator(recorded, isMac) : ''}
              onKeyDown={record}
              error={errors.accelerator}
              w={300}
            />
            <Button
              mt={44}
              onClick={() => submit(recorded)}
              loading={save.isPending}
              disabled={!recorded}
            >
              Use this shortcut
            </Button>
          </Group>
          <Group gap="xs">
            {shortcut.accelerator !== shortcut.defaultAccelerator && (
              <Button variant="default" onClick={() => submit(shortcut.defaultAccelerator)}>
                Back to {formatAccelerator(shortcut.defaultAccelerator, isMac)}
              </Button>
            )}
            <Button variant="default" onClick={() => openWindow.run()}>
              Open the capture window
            </Button>
          </Group>
        </>
      )}
      <Text size="xs" c="dimmed">
        The tray menu's Recognise someone opens the same window.
      </Text>
    </Stack>
  );
}
