import { Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { lazy, memo, Suspense, useDeferredValue } from 'react';
import { PageLoading } from '../../components/PageLoading';

// The Markdown renderer (micromark, GFM, the sanitiser) loads with the first preview, not before.
const Markdown = lazy(() =>
  import('../../components/Markdown').then((module) => ({ default: module.Markdown })),
);

/** The preview follows a pause in typing, not every key: a burst of keys costs no Markdown at all. */
const PREVIEW_DELAY_MS = 150;

/**
 * The notes rendered as Markdown. It follows the text after a short pause, and through
 * useDeferredValue: a keystroke repaints the textarea first, and the preview catches up in a
 * render the next keystroke can interrupt, so typing never waits for Markdown (a
 * 100,000-character note included).
 */
export const NotesPreview = memo(function NotesPreview({ notes }: { notes: string }) {
  const [settled] = useDebouncedValue(notes, PREVIEW_DELAY_MS);
  const deferred = useDeferredValue(settled, '');
  return (
    <div aria-label="Notes preview">
      <Text size="xs" c="dimmed" fw={600} tt="uppercase" mb={4}>
        Preview
      </Text>
      {notes.trim() ? (
        <Suspense fallback={<PageLoading label="Loading the preview…" />}>
          <Markdown>{deferred}</Markdown>
        </Suspense>
      ) : (
        <Text c="dimmed" size="sm">
          Start typing: **bold**, - lists and [links](https://example.com) work.
        </Text>
      )}
    </div>
  );
});
