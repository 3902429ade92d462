import { Anchor, Badge, Grid, Group, Stack, Text } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { BriefButton } from '../brief/BriefButton';
import { formatMeeting } from '../../lib/format';
import { ActionsCard } from './ActionsCard';
import { AgendaCard } from './AgendaCard';
import { FeedbackToDeliverCard } from './FeedbackToDeliverCard';
import { MeetingGoalsCard } from '../growth/MeetingGoalsCard';
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
  const query = useMeeting(id, meetingId);
  if (!query.isSuccess)
    return (
      <QueryState
        query={query}
        label="Loading the 1:1"
        errorTitle="This 1:1 could not be shown"
        back={{ to: `/team/${id}`, label: 'Back to the profile' }}
      />
    );

  const { data } = query;
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
            <MeetingGoalsCard personId={id} meetingId={meeting.id} />
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
