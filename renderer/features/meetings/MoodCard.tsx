import { Card, Group, SegmentedControl, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import type { Meeting } from '../../../shared/model/meeting';
import { api } from '../../lib/api';
import { notifyNothingChanged } from '../../lib/notify';
import { usePersonMutation } from './queries';

export const MOOD_LABELS = ['', 'Struggling', 'Low', 'Okay', 'Good', 'Great'];

/** A 1-5 mood and energy pulse with an optional word, trended in the brief. */
export function MoodCard({ personId, meeting }: { personId: string; meeting: Meeting }) {
  const [word, setWord] = useState(meeting.mood?.word ?? '');
  const save = usePersonMutation(personId, (mood: { score: number; word: string } | null) =>
    api.meetings.setMood({ personId, meetingId: meeting.id, mood }),
  );
  const fail = (error: unknown) => notifyNothingChanged(error, 'Mood not saved');
  const score = meeting.mood?.score ?? null;

  return (
    <Card withBorder>
      <Title order={3} size="h5" mb="xs">
        Mood and energy
      </Title>
      <SegmentedControl
        aria-label="Mood"
        fullWidth
        value={score ? String(score) : ''}
        onChange={(value) => save.mutate({ score: Number(value), word }, { onError: fail })}
        data={[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: `${n}` }))}
      />
      <Group justify="space-between" mt={4} mb="xs">
        <Text size="xs" c="dimmed">
          1 struggling
        </Text>
        <Text size="sm" fw={600}>
          {score ? MOOD_LABELS[score] : 'Not recorded'}
        </Text>
        <Text size="xs" c="dimmed">
          5 great
        </Text>
      </Group>
      <TextInput
        aria-label="Mood in a word"
        placeholder="In a word (optional)"
        value={word}
        maxLength={40}
        disabled={!score}
        onChange={(e) => setWord(e.currentTarget.value)}
        onBlur={() =>
          score &&
          word !== (meeting.mood?.word ?? '') &&
          save.mutate({ score, word }, { onError: fail })
        }
      />
    </Card>
  );
}
