import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Meeting } from '../../../shared/model/meeting';
import { formatMeeting } from '../../lib/format';
import { meetingPath } from './links';
import { useMeetingsOverview } from './queries';

/**
 * The way around a 1:1: the profile, the previous 1:1 and, once this one is over (held, cancelled
 * or missed), the next one the cadence or an ad-hoc 1:1 has planned.
 */
export function MeetingLinks({
  personId,
  personName,
  meeting,
  previous,
}: {
  personId: string;
  personName: string;
  meeting: Meeting;
  previous: { id: string; at: string } | null;
}) {
  const overview = useMeetingsOverview(personId);
  const concluded = meeting.status !== 'planned';
  const next = concluded
    ? overview.data?.upcoming.find((u) => u.meetingId !== meeting.id && u.at > meeting.at)
    : undefined;
  return (
    <Text size="sm" c="dimmed" mb="md" component="nav" aria-label="Other 1:1s">
      <Anchor component={Link} to={`/team/${personId}`}>
        {personName}'s profile
      </Anchor>
      {previous && (
        <>
          {' · '}
          <Anchor
            component={Link}
            to={meetingPath(personId, { meetingId: previous.id, occurrence: null })}
          >
            Previous 1:1 ({formatMeeting(previous.at)})
          </Anchor>
        </>
      )}
      {concluded && overview.isSuccess && (
        <>
          {' · '}
          {next ? (
            <Anchor component={Link} to={meetingPath(personId, next)} fw={600}>
              Next 1:1 ({formatMeeting(next.at)})
            </Anchor>
          ) : (
            <>
              No next 1:1 planned:{' '}
              <Anchor component={Link} to={`/team/${personId}`}>
                plan one on the profile
              </Anchor>
            </>
          )}
        </>
      )}
    </Text>
  );
}
