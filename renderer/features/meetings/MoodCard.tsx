import { Group, SegmentedControl, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { Meeting } from '../../../shared/model/meeting';
import { SectionCard } from '../../components/SectionCard';
import { api } from '../../lib/api';
import { usePersonMutation } from './queries';

const MOOD_LABELS = ['', 'Struggling', 'Low', 'Okay', 'Good', 'Great'];

/** A 1-5 mood and energy pulse with an optional word, trended in the brief. */
export function MoodCard({ personId, meeting }: { personId: string; meeting: Meeting }) {
  const [word, setWord] = useState(meeting.mood?.word ?? '');
  const save = usePersonMutation(personId, (mood: { score: number; word: string } | null) =>
    api.meetings.setMood({ personId, meetingId: meeting.id, mood }),
  );
  const score = meeting.mood?.score ?? null;

  return (
    <SectionCard title="Mood and energy">
      <SegmentedControl
        aria-label="Mood"
        fullWidth
        value={score ? String(score) : ''}
        onChange={(value) => save.run({ score: Number(value), word })}
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
        onBlur={() => score && word !== (meeting.mood?.word ?? '') && save.run({ score, word })}
      />
    </SectionCard>
  );
}
