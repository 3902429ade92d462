import type { Text } from '@codemirror/state';
import { Badge, Group, Input, SimpleGrid, Skeleton, Stack } from '@mantine/core';
import { SectionCard } from '../../components/SectionCard';
import { IconLock } from '@tabler/icons-react';
import { useDebouncedCallback } from '@mantine/hooks';
import { lazy, Suspense, useId, useRef, useState, type ReactNode } from 'react';
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

/** CodeMirror comes with the first notes field shown, in a chunk of its own. */
const loadNotesField = () => import('./NotesField');
const NotesField = lazy(() => loadNotesField().then((m) => ({ default: m.NotesField })));
/** Starts loading the editor early (the 1:1 page calls it while its data loads). */
export const preloadNotesField = () => void loadNotesField();

type Doc = string | Text;

/** One field: its label and description name the editor, which holds the text from then on. */
function NotesInput({
  label,
  description,
  initialText,
  minLines,
  maxLines,
  onChange,
}: {
  label: ReactNode;
  description: string;
  initialText: string;
  minLines: number;
  maxLines: number;
  onChange: (doc: Text) => void;
}) {
  const id = useId();
  return (
    <Input.Wrapper
      label={label}
      description={description}
      labelElement="div"
      labelProps={{
        id: `${id}-label`,
        // Not a <label> (the editor is no form control), so a click on it focuses the editor here.
        onClick: () =>
          document.querySelector<HTMLElement>(`[aria-labelledby="${id}-label"]`)?.focus(),
      }}
      descriptionProps={{ id: `${id}-description` }}
    >
      <Suspense fallback={<Skeleton h={`calc(${minLines}lh + 2 * var(--mantine-spacing-xs))`} />}>
        <NotesField
          initialText={initialText}
          onChange={onChange}
          labelledBy={`${id}-label`}
          describedBy={`${id}-description`}
          minLines={minLines}
          maxLines={maxLines}
        />
      </Suspense>
    </Input.Wrapper>
  );
}

interface NotesEditorProps {
  personId: string;
  meeting: Meeting;
}

/** Markdown notes with a live preview and a private section, saved while typing. */
export function NotesEditor({ personId, meeting }: NotesEditorProps) {
  // A keystroke renders nothing: the text lives in the editors (and here, as their immutable
  // documents, for the autosave); it becomes a string only for a save or the preview, which gets it
  // after a pause in typing. No per-key work grows with the note's length.
  const latest = useRef<{ notes: Doc; privateNotes: Doc }>({
    notes: meeting.notes,
    privateNotes: meeting.privateNotes,
  });
  const [previewNotes, setPreviewNotes] = useState(meeting.notes);
  const showInPreview = useDebouncedCallback(
    () => setPreviewNotes(latest.current.notes.toString()),
    PREVIEW_DELAY_MS,
  );
  const { state, schedule } = useAutosave((value: { notes: Doc; privateNotes: Doc }) =>
    api.meetings.saveNotes({
      personId,
      meetingId: meeting.id,
      notes: value.notes.toString(),
      privateNotes: value.privateNotes.toString(),
    }),
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
          <NotesInput
            label="Notes (Markdown)"
            description="Shared in exports and the brief"
            initialText={meeting.notes}
            minLines={8}
            maxLines={24}
            onChange={(notes) => {
              latest.current = { ...latest.current, notes };
              showInPreview();
              schedule(latest.current);
            }}
          />
          <NotesInput
            label={
              <Group gap={4} component="span">
                <IconLock size={14} aria-hidden /> Private notes
              </Group>
            }
            description="Only for you: left out of exports unless you ask"
            initialText={meeting.privateNotes}
            minLines={3}
            maxLines={12}
            onChange={(privateNotes) => {
              latest.current = { ...latest.current, privateNotes };
              schedule(latest.current);
            }}
          />
        </Stack>
        <NotesPreview notes={previewNotes} />
      </SimpleGrid>
    </SectionCard>
  );
}
