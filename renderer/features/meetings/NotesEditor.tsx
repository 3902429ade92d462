import { Badge, Group, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { SectionCard } from '../../components/SectionCard';
import { IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import type { Meeting } from '../../../shared/model/meeting';
import { Markdown } from '../../components/Markdown';
import { api } from '../../lib/api';
import { useAutosave, type SaveState } from './use-autosave';

const STATE_LABEL: Record<SaveState, string> = {
  idle: 'Saves as you type',
  saving: 'Saving…',
  saved: 'Saved',
  error: 'Not saved yet: retrying when you type',
};

interface NotesEditorProps {
  personId: string;
  meeting: Meeting;
}

/** Markdown notes with a live preview and a private section, saved while typing. */
export function NotesEditor({ personId, meeting }: NotesEditorProps) {
  const [notes, setNotes] = useState(meeting.notes);
  const [privateNotes, setPrivateNotes] = useState(meeting.privateNotes);
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
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Stack gap="sm">
          <Textarea
            label="Notes (Markdown)"
            description="Shared in exports and the brief"
            autosize
            minRows={8}
            maxRows={24}
            value={notes}
            onChange={(e) => {
              setNotes(e.currentTarget.value);
              schedule({ notes: e.currentTarget.value, privateNotes });
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
            autosize
            minRows={3}
            maxRows={12}
            value={privateNotes}
            onChange={(e) => {
              setPrivateNotes(e.currentTarget.value);
              schedule({ notes, privateNotes: e.currentTarget.value });
            }}
          />
        </Stack>
        <div aria-label="Notes preview">
          <Text size="xs" c="dimmed" fw={600} tt="uppercase" mb={4}>
            Preview
          </Text>
          {notes.trim() ? (
            <Markdown>{notes}</Markdown>
          ) : (
            <Text c="dimmed" size="sm">
              Start typing: **bold**, - lists and [links](https://example.com) work.
            </Text>
          )}
        </div>
      </SimpleGrid>
    </SectionCard>
  );
}
