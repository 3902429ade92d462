import { Alert, Paper, Title } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { CaptureForm } from './CaptureForm';
import './capture.css';

/** How long "Saved" stays up before the capture window closes itself, unless the lead types. */
const SAVED_PAUSE_MS = 900;
/** How long the "Saved" line stays over a fresh form. */
const SAVED_SHOWN_MS = 4000;

/** The capture window loads `index.html?window=capture#/capture` (see electron/main/capture). */
const inCaptureWindow = new URLSearchParams(window.location.search).get('window') === 'capture';

/**
 * The capture window's whole page (#/capture, outside the app shell). After a save the form is
 * blank at once, with the cursor in "Who", and "Saved" shows above it: what the lead types in that
 * moment goes into the next recognition, never nowhere. In Electron the window then hides itself,
 * unless the lead has started typing; closing only hides it, so the form is reset before it goes.
 * Opened anywhere else (a browser tab, the main window), it stays and offers a blank form.
 */
export function CapturePage() {
  const whoRef = useRef<HTMLInputElement>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);
  // Set by a key pressed after a save: the lead is writing the next one, so the window stays.
  const typedSinceSave = useRef(false);

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
      if (event.key === 'Escape' && !event.defaultPrevented) return close();
      typedSinceSave.current = true;
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

  // Ready to type a name as soon as the page shows, and again after each save.
  useEffect(() => {
    whoRef.current?.focus();
  }, [formKey]);

  useEffect(() => {
    if (!saved) return;
    const closing =
      inCaptureWindow &&
      window.setTimeout(() => {
        if (!typedSinceSave.current) close();
      }, SAVED_PAUSE_MS);
    const hiding = window.setTimeout(() => setSaved(null), SAVED_SHOWN_MS);
    return () => {
      if (closing) window.clearTimeout(closing);
      window.clearTimeout(hiding);
    };
  }, [saved, close]);

  return (
    <Paper p="md" radius={0} mih="100vh" className="capture-page">
      <Title order={1} size="h4" mb="sm">
        Recognise someone
      </Title>
      {saved && (
        <Alert
          role="status"
          color="teal"
          variant="light"
          mb="sm"
          py={6}
          icon={<IconCheck size={18} aria-hidden />}
          title="Saved"
        >
          {saved}
        </Alert>
      )}
      <CaptureForm
        key={formKey}
        whoRef={whoRef}
        onCancel={close}
        onSaved={(recognition) => {
          typedSinceSave.current = false;
          setSaved(`Praise for ${recognition.recipients.map((r) => r.name).join(', ')}.`);
          setFormKey((k) => k + 1);
        }}
      />
    </Paper>
  );
}
