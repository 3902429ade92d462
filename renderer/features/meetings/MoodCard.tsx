import { Group, SegmentedControl, Text, TextInput } from '@mantine/core';
import { useState, type FocusEvent, type KeyboardEvent } from 'react';
import type { Meeting } from '../../../shared/model/meeting';
import { SectionCard } from '../../components/SectionCard';
import { api } from '../../lib/api';
import { moodKey } from './mood-keys';
import { usePersonMutation } from './queries';

const MOOD_LABELS = ['', 'Struggling', 'Low', 'Okay', 'Good', 'Great'];

/** The score of the radio an event came from, if it is one of the control's. */
function radioValue(target: EventTarget): number | null {
  return target instanceof HTMLInputElement && target.type === 'radio'
    ? Number(target.value)
    : null;
}

/**
 * A 1-5 mood and energy pulse with an optional word, trended in the brief. Arrow keys move the
 * choice without saving or wrapping (mood-keys.ts); Enter, Space, a click or leaving the control
 * saves it, so what the control shows is what is kept, and passing over "struggling" on the way
 * to "great" records nothing.
 */
export function MoodCard({ personId, meeting }: { personId: string; meeting: Meeting }) {
  const [word, setWord] = useState(meeting.mood?.word ?? '');
  /** A choice moved to with the keys, not saved yet. */
  const [moved, setMoved] = useState<number | null>(null);
  const save = usePersonMutation(personId, (mood: { score: number; word: string } | null) =>
    api.meetings.setMood({ personId, meetingId: meeting.id, mood }),
  );
  const score = meeting.mood?.score ?? null;
  const shown = moved ?? score;

  const choose = (value: number | null) => {
    setMoved(null);
    if (value !== null && value !== score) save.run({ score: value, word });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const from = radioValue(event.target);
    if (from === null) return;
    const action = moodKey(event.key, shown ?? from);
    if (action.kind === 'none') return;
    event.preventDefault();
    if (action.kind === 'move') {
      setMoved(action.to);
      event.currentTarget.querySelector<HTMLInputElement>(`input[value="${action.to}"]`)?.focus();
    } else if (action.kind === 'choose') {
      choose(shown ?? from);
    } else if (moved !== null) {
      event.stopPropagation(); // Escape undoes the move here; it closes nothing else
      setMoved(null);
    }
  };

  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (moved !== null && !event.currentTarget.contains(event.relatedTarget)) choose(moved);
  };

  return (
    <SectionCard title="Mood and energy">
      <SegmentedControl
        aria-label="Mood"
        fullWidth
        value={shown ? String(shown) : ''}
        onChange={(value) => choose(Number(value))}
        onKeyDown={onKeyDown}
        onBlur={onBlur}
        data={[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: `${n}` }))}
      />
      <Group justify="space-between" mt={4} mb="xs">
        <Text size="xs" c="dimmed">
          1 struggling
        </Text>
        <Text size="sm" fw={600} aria-live="polite">
          {shown ? MOOD_LABELS[shown] : 'Not recorded'}
          {moved !== null && moved !== score ? ' (Enter to save)' : ''}
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
