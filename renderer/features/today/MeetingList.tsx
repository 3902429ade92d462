import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { IconCalendarEvent } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { UpcomingMeeting } from '../../../shared/ipc/channels/today';
import { SectionCard } from '../../components/SectionCard';
import { formatMeeting } from '../../lib/format';
import { briefPath, meetingPath } from '../meetings/links';
import { MeetingStateBadge } from '../meetings/MeetingStateBadge';

/** How many meetings a list shows before "+N more". */
export const MEETING_LIST_LIMIT = 10;

/**
 * A card of 1:1s with their Brief and Open buttons. The buttons never shrink: a long name is cut
 * with an ellipsis and shows whole on hover (title). A list longer than `limit` says "+N more" and
 * shows the rest on a click.
 */
export function MeetingList({
  title,
  meetings,
  empty,
  limit,
}: {
  title: string;
  meetings: UpcomingMeeting[];
  empty: string;
  limit?: number;
}) {
  const [showAll, setShowAll] = useState(false);
  const shown = limit && !showAll ? meetings.slice(0, limit) : meetings;
  const more = meetings.length - shown.length;
  return (
    <SectionCard title={title}>
      {meetings.length === 0 ? (
        <Text c="dimmed" size="sm">
          {empty}
        </Text>
      ) : (
        <Stack gap="xs" component="ul" className="plain-list" aria-label={title}>
          {shown.map((m) => (
            <MeetingRow key={`${m.personId}-${m.at}`} meeting={m} />
          ))}
        </Stack>
      )}
      {more > 0 && (
        <Anchor
          component="button"
          type="button"
          size="sm"
          mt="xs"
          onClick={() => setShowAll(true)}
          aria-label={`Show ${more} more in ${title}`}
        >
          +{more} more
        </Anchor>
      )}
    </SectionCard>
  );
}

function MeetingRow({ meeting: m }: { meeting: UpcomingMeeting }) {
  return (
    <Group component="li" justify="space-between" wrap="nowrap" gap="xs">
      <Group gap="xs" wrap="nowrap" style={{ minWidth: 0, flex: 1 }}>
        <IconCalendarEvent size={16} aria-hidden style={{ flexShrink: 0 }} />
        <div style={{ minWidth: 0 }}>
          <Anchor
            component={Link}
            to={`/team/${m.personId}`}
            fw={600}
            title={m.name}
            truncate="end"
            display="block"
          >
            {m.name}
          </Anchor>
          {m.role && (
            <Text size="xs" c="dimmed" truncate="end" title={m.role}>
              {m.role}
            </Text>
          )}
        </div>
      </Group>
      <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
        <MeetingStateBadge state={m.state} />
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {formatMeeting(m.at)}
        </Text>
        <Button
          size="compact-xs"
          variant="light"
          component={Link}
          to={briefPath(m.personId)}
          aria-label={`Brief for ${m.name}`}
        >
          Brief
        </Button>
        <Button
          size="compact-xs"
          variant="default"
          component={Link}
          to={meetingPath(m.personId, m)}
          aria-label={`Open 1:1 with ${m.name}`}
        >
          Open
        </Button>
      </Group>
    </Group>
  );
}
