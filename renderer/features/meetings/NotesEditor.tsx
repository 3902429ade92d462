import { Badge, Group, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { SectionCard } from '../../components/SectionCard';
import { IconLock } from '@tabler/icons-react';
import { useDebouncedCallback } from '@mantine/hooks';
import { useRef, useState } from 'react';
import type { Meeting } from '../../../shared/model/meeting';
import { api } from '../../lib/api';
import { useAutosave, type SaveState } from './use-autosave';
import { NotesPreview } from './NotesPreview';

/** The preview follows a pause in typing, not every key: a burst of keys costs no Markdown at all. */
const PREVIEW_DELAY_MS = 150;

const STATE_LABEL: Record<SaveState, string> = {
  idle: 'Saves as you type',
  saving: 'Saving…',
  saved: 'Saved',
  error: 'Not saved yet: retrying when you type',
};

/**
 * The textareas grow with their text natively (CSS field-sizing). Mantine's `autosize` measures a
 * hidden copy of the whole value on every change: 140 ms per key in a 100,000-character note.
 */
function growWithText(minRows: number, maxRows: number) {
  const rows = (n: number) => `calc(${n}lh + 2 * var(--input-padding-y, 0rem) + 2px)`;
  return {
    input: { fieldSizing: 'content', minHeight: rows(minRows), maxHeight: rows(maxRows) },
  } as const;
}

interface NotesEditorProps {
  personId: string;
  meeting: Meeting;
}

/** Markdown notes with a live preview and a private section, saved while typing. */
export function NotesEditor({ personId, meeting }: NotesEditorProps) {
  // A keystroke renders nothing: the text lives in the textareas (and here, for the autosave);
  // the preview gets it after a pause in typing. No per-key work grows with the note's length.
  const latest = useRef({ notes: meeting.notes, privateNotes: meeting.privateNotes });
  const [previewNotes, setPreviewNotes] = useState(meeting.notes);
  const showInPreview = useDebouncedCallback(setPreviewNotes, PREVIEW_DELAY_MS);
  const { state, schedule } = useAutosave((value: { notes: string; privateNotes: string }) =>
    api.meetings.saveNotes({ personId, meetingId: meeting.id, ...value }),
  );

  return (
    <SectionCard
      title="Notes"
      action={
        <Badge
          variant="light"
          color={state === 'error' ? 'red' : state === 'saved' ? 'teal' : 'gray'}
          role="status"
          aria-label="Save status"
        >
          {STATE_LABEL[state]}
        </Badge>
      }
    >
      {/* The preview under the fields: the editor shares its row with the agenda. */}
      <SimpleGrid cols={1}>
        <Stack gap="sm">
          <Textarea
            label="Notes (Markdown)"
            description="Shared in exports and the brief"
            styles={growWithText(8, 24)}
            // Uncontrolled: React would otherwise rewrite the textarea's default value (its whole
            // text) on every key. Only typing changes it; another 1:1 mounts a new editor.
            defaultValue={meeting.notes}
            onChange={(e) => {
              latest.current = { ...latest.current, notes: e.currentTarget.value };
              showInPreview(latest.current.notes);
              schedule(latest.current);
            }}
          />
          <Textarea
            label={
              <Group gap={4} component="span">
                <IconLock size={14} aria-hidden /> Private notes
              </Group>
            }
            aria-label="Private notes"
            description="Only for you: left out of exports unless you ask"
            styles={growWithText(3, 12)}
            defaultValue={meeting.privateNotes}
            onChange={(e) => {
              latest.current = { ...latest.current, privateNotes: e.currentTarget.value };
              schedule(latest.current);
            }}
          />
        </Stack>
        <NotesPreview notes={previewNotes} />
      </SimpleGrid>
    </SectionCard>
  );
}
