import { Alert, Anchor, Badge, Grid, Group, Loader, Stack, Text } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { BriefButton } from '../brief/BriefButton';
import { messageOf } from '../../lib/errors';
import { formatMeeting } from '../../lib/format';
import { ActionsCard } from './ActionsCard';
import { AgendaCard } from './AgendaCard';
import { FeedbackToDeliverCard } from './FeedbackToDeliverCard';
import { meetingPath } from './links';
import { MoodCard } from './MoodCard';
import { NotesEditor } from './NotesEditor';
import { useMeeting } from './queries';
import { StatusControls } from './StatusControls';

export const STATUS_BADGE = {
  planned: { label: 'Planned', color: 'blue' },
  held: { label: 'Held', color: 'teal' },
  cancelled: { label: 'Cancelled', color: 'gray' },
  missed: { label: 'Missed', color: 'orange' },
} as const;

/** One 1:1: agenda, action items, feedback to give, notes and mood, on one screen. */
export function MeetingPage() {
  const { id = '', meetingId = '' } = useParams();
  const { data, error, isPending } = useMeeting(id, meetingId);

  if (isPending) return <Loader aria-label="Loading the 1:1" />;
  if (error)
    return (
      <Alert color="red" title="This 1:1 could not be shown">
        {messageOf(error)} <Link to={`/team/${id}`}>Back to the profile</Link>
      </Alert>
    );

  const { meeting, person } = data;
  const badge = STATUS_BADGE[meeting.status];
  return (
    <>
      <PageHeader
        title={`1:1 with ${person.name}`}
        subtitle={
          <Group gap="xs" component="span">
            {formatMeeting(meeting.at)}
            {meeting.occurrence === null && (
              <Badge variant="outline" size="sm">
                Ad hoc
              </Badge>
            )}
            <Badge color={badge.color} variant="light" size="sm">
              {badge.label}
            </Badge>
            {meeting.statusReason && (
              <Text span size="sm">
                ({meeting.statusReason})
              </Text>
            )}
          </Group>
        }
        actions={
          <>
            <BriefButton personId={id} />
            <StatusControls personId={id} meeting={meeting} />
          </>
        }
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            <AgendaCard
              personId={id}
              personName={person.name}
              meeting={meeting}
              points={data.points}
            />
            <ActionsCard
              personId={id}
              personName={person.name}
              meetingId={meeting.id}
              actions={data.actions}
              editable
            />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="lg">
            <MoodCard
              key={`${meeting.id}-${meeting.mood?.score ?? 0}`}
              personId={id}
              meeting={meeting}
            />
            <FeedbackToDeliverCard
              personId={id}
              meetingId={meeting.id}
              feedback={data.feedbackToDeliver}
            />
            <Text size="sm" c="dimmed">
              <Anchor component={Link} to={`/team/${id}`}>
                {person.name}'s profile
              </Anchor>
              {data.previous && (
                <>
                  {' · '}
                  <Anchor
                    component={Link}
                    to={meetingPath(id, { meetingId: data.previous.id, occurrence: null })}
                  >
                    Previous 1:1 ({formatMeeting(data.previous.at)})
                  </Anchor>
                </>
              )}
            </Text>
          </Stack>
        </Grid.Col>
        <Grid.Col span={12}>
          <NotesEditor key={meeting.id} personId={id} meeting={meeting} />
        </Grid.Col>
      </Grid>
    </>
  );
}
