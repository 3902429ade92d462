import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { notifyNothingChanged } from './notify';

/** How long a removal can be undone from its toast. */
export const UNDO_MS = 6_000;

/**
 * The toast after a cheap removal: what went, and "Undo" for a few seconds. Undo puts it back
 * through the ordinary channels; if that fails, the usual failure toast says why.
 */
export function showUndoToast(message: string, undo: () => Promise<unknown>): void {
  let used = false;
  const id = notifications.show({
    color: 'teal',
    autoClose: UNDO_MS,
    message: (
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Text size="sm">{message}</Text>
        <Button
          size="compact-sm"
          variant="light"
          onClick={() => {
            if (used) return;
            used = true;
            notifications.hide(id);
            undo().catch((error: unknown) => notifyNothingChanged(error, 'Not restored'));
          }}
        >
          Undo
        </Button>
      </Group>
    ),
  });
}
