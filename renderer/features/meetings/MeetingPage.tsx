import { Badge, Grid, Group, Stack, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { BriefButton } from '../brief/BriefButton';
import { formatMeeting } from '../../lib/format';
import { ActionsCard } from './ActionsCard';
import { AgendaCard } from './AgendaCard';
import { FeedbackToDeliverCard } from './FeedbackToDeliverCard';
import { MeetingGoalsCard } from '../growth/MeetingGoalsCard';
import { MeetingLinks } from './MeetingLinks';
import { MoodCard } from './MoodCard';
import { NotesEditor, preloadNotesField } from './NotesEditor';
import { useMeeting } from './queries';
import { StatusControls } from './StatusControls';

export const STATUS_BADGE = {
  planned: { label: 'Planned', color: 'blue' },
  held: { label: 'Held', color: 'teal' },
  cancelled: { label: 'Cancelled', color: 'gray' },
  missed: { label: 'Missed', color: 'orange' },
} as const;

/** One 1:1: notes first, agenda beside them, action items, feedback to give and mood, on one screen. */
export function MeetingPage() {
  const { id = '', meetingId = '' } = useParams();
  const query = useMeeting(id, meetingId);
  // The notes editor's code loads while the 1:1 does.
  useEffect(preloadNotesField, []);
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
      <MeetingLinks
        personId={id}
        personName={person.name}
        meeting={meeting}
        previous={data.previous}
      />
      {/* The notes first, where the lead types during the 1:1; the agenda beside them. */}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            <NotesEditor key={meeting.id} personId={id} meeting={meeting} />
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
            <AgendaCard
              personId={id}
              personName={person.name}
              meeting={meeting}
              points={data.points}
            />
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
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
