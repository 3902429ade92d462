import { Badge } from '@mantine/core';

/** "Now" for a 1:1 in its first hour, "Earlier today" after that until it is marked. */
export function MeetingStateBadge({ state }: { state: 'upcoming' | 'now' | 'earlier' }) {
  if (state === 'now')
    return (
      <Badge color="teal" variant="light" size="sm">
        Now
      </Badge>
    );
  if (state === 'earlier')
    return (
      <Badge color="gray" variant="light" size="sm">
        Earlier today
      </Badge>
    );
  return null;
}
