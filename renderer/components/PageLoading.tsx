import { Center, Loader, VisuallyHidden } from '@mantine/core';

/**
 * Shown while a screen's code loads. From the app's own disk that takes a few milliseconds, so it
 * appears only after a short delay (no flash); once shown, screen readers hear "Loading".
 */
export function PageLoading({ label = 'Loading…' }: { label?: string }) {
  return (
    <Center role="status" py="xl" className="appear-after-delay">
      <Loader size="sm" aria-hidden />
      <VisuallyHidden>{label}</VisuallyHidden>
    </Center>
  );
}
