import { Center, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { CaptureForm } from './CaptureForm';

/** How long "Saved" stays up before the window closes itself. */
const SAVED_PAUSE_MS = 900;

/** The capture window loads `index.html?window=capture#/capture` (see electron/main/capture). */
const inCaptureWindow = new URLSearchParams(window.location.search).get('window') === 'capture';

/**
 * The capture window's whole page (#/capture, outside the app shell). In Electron, closing only
 * hides the window, so the form is reset before it goes and is blank the next time it shows.
 * Opened anywhere else (a browser tab, the main window), it stays and offers a blank form.
 */
export function CapturePage() {
  const whoRef = useRef<HTMLInputElement>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);

  const navigate = useNavigate();
  const reset = useCallback(() => {
    setSaved(null);
    setFormKey((k) => k + 1);
  }, []);
  const close = useCallback(() => {
    reset();
    if (inCaptureWindow) window.close();
    else navigate('/');
  }, [reset, navigate]);

  useEffect(() => {
    if (inCaptureWindow) document.title = 'Recognise someone';
    const onKey = (event: KeyboardEvent) => {
      // Escape in an open list (Who, Value) closes the list, not the window.
      const target = event.target as HTMLElement | null;
      if (target?.getAttribute('aria-expanded') === 'true') return;
      if (event.key === 'Escape' && !event.defaultPrevented) close();
    };
    // Shown again from the shortcut: the cursor in "Who". Names and values are already fresh:
    // every change reaches this window as it happens (lib/data-sync.ts).
    const onFocus = () => whoRef.current?.focus();
    window.addEventListener('keydown', onKey);
    window.addEventListener('focus', onFocus);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('focus', onFocus);
    };
  }, [close]);

  // Ready to type a name as soon as the page shows, and again after each reset.
  useEffect(() => {
    if (!saved) whoRef.current?.focus();
  }, [formKey, saved]);

  useEffect(() => {
    if (!saved) return;
    const timer = window.setTimeout(inCaptureWindow ? close : reset, SAVED_PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [saved, close, reset]);

  return (
    <Paper p="md" radius={0} mih="100vh">
      <Title order={1} size="h4" mb="sm">
        Recognise someone
      </Title>
      {saved ? (
        <Center mih={360} role="status">
          <Stack align="center" gap="xs">
            <ThemeIcon size={56} radius="xl" color="teal">
              <IconCheck size={32} aria-hidden />
            </ThemeIcon>
            <Text fw={650} size="lg">
              Saved
            </Text>
            <Text c="dimmed" size="sm" ta="center">
              {saved}
            </Text>
          </Stack>
        </Center>
      ) : (
        <CaptureForm
          key={formKey}
          whoRef={whoRef}
          onCancel={close}
          onSaved={(recognition) =>
            setSaved(`Praise for ${recognition.recipients.map((r) => r.name).join(', ')}.`)
          }
        />
      )}
    </Paper>
  );
}
