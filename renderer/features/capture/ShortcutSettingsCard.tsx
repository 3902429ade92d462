import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type KeyboardEvent } from 'react';
import { acceleratorSchema, formatAccelerator } from '../../../shared/model/recognition';
import { api } from '../../lib/api';
import { fieldsOf, messageOf } from '../../lib/errors';
import { useRecognitionPreferences, useSetShortcut } from '../recognition/queries';
import { acceleratorFromKeys } from './accelerator-keys';
import { isMac, ShortcutLabel } from './ShortcutLabel';

/** The global shortcut for quick capture: what it is, whether it works, and a recorder to change it. */
export function ShortcutSettingsCard() {
  const prefs = useRecognitionPreferences();
  const save = useSetShortcut();
  const [recorded, setRecorded] = useState('');
  const [error, setError] = useState<string | null>(null);

  if (prefs.error) return <Alert color="red">{messageOf(prefs.error)}</Alert>;
  if (prefs.isPending) return <Loader aria-label="Loading the shortcut" />;
  const { shortcut } = prefs.data;

  const record = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Tab' || (event.key === 'Escape' && !recorded)) return;
    event.preventDefault();
    if (event.key === 'Backspace' && !event.ctrlKey && !event.metaKey && !event.altKey) {
      setRecorded('');
      return;
    }
    const { modifiers, key } = acceleratorFromKeys(event.nativeEvent, isMac);
    setRecorded([...modifiers, key ?? ''].join('+'));
    setError(null);
  };

  const submit = (accelerator: string) => {
    const parsed = acceleratorSchema.safeParse(accelerator);
    if (!parsed.success) return setError(parsed.error.issues[0]!.message);
    save.mutate(parsed.data, {
      onSuccess: () => {
        setRecorded('');
        notifications.show({
          color: 'teal',
          message: `${formatAccelerator(parsed.data, isMac)} now opens the capture window.`,
        });
      },
      onError: (e) => setError(fieldsOf(e).accelerator ?? messageOf(e)),
    });
  };

  return (
    <Card withBorder>
      <Title order={3} size="h5" mb="xs">
        Quick capture
      </Title>
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
                error={error}
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
              <Button variant="default" onClick={() => void api.recognition.openCaptureWindow()}>
                Open the capture window
              </Button>
            </Group>
          </>
        )}
        <Text size="xs" c="dimmed">
          The tray menu's Recognise someone opens the same window.
        </Text>
      </Stack>
    </Card>
  );
}
