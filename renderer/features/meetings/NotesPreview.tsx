import { Text } from '@mantine/core';
import { lazy, memo, Suspense, useDeferredValue } from 'react';
import { PageLoading } from '../../components/PageLoading';

// The Markdown renderer (micromark, GFM, the sanitiser) loads with the first preview, not before.
const Markdown = lazy(() =>
  import('../../components/Markdown').then((module) => ({ default: module.Markdown })),
);

/**
 * The notes rendered as Markdown. The editor hands it the text after a pause in typing (so a
 * keystroke renders nothing at all), and through useDeferredValue the preview catches up in a
 * render the next keystroke can interrupt: typing never waits for Markdown (a 100,000-character
 * note included).
 */
export const NotesPreview = memo(function NotesPreview({ notes }: { notes: string }) {
  const deferred = useDeferredValue(notes, '');
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
