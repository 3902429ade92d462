import { ActionIcon, Tooltip } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';

/** A small trash button whose accessible name says what it removes. */
export function RemoveButton({
  label,
  onClick,
  tooltip = 'Remove',
}: {
  label: string;
  onClick: () => void;
  tooltip?: string;
}) {
  return (
    <Tooltip label={tooltip}>
      <ActionIcon variant="subtle" color="red" aria-label={label} onClick={onClick}>
        <IconTrash size={16} />
      </ActionIcon>
    </Tooltip>
  );
}
