import { Anchor, Button, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { format, parseISO } from 'date-fns';
import { Link, useNavigate } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { api } from '../../lib/api';
import { queryKeys } from '../../lib/query-keys';
import { RecognitionNudges } from '../recognition/RecognitionNudges';
import { NotRecordedList } from '../meetings/NotRecordedList';
import { SectionCard } from '../../components/SectionCard';
import { DueActionsCard } from './DueActionsCard';
import { FollowUpsCard } from './FollowUpsCard';
import { MEETING_LIST_LIMIT, MeetingList } from './MeetingList';
import { TodayGrowthCards } from '../growth/TodayGrowthCards';

export function TodayPage() {
  const navigate = useNavigate();
  const query = useQuery({ queryKey: queryKeys.today, queryFn: () => api.today.overview() });
  if (!query.isSuccess) return <QueryState query={query} label="Loading Today" />;

  const { data } = query;
  const subtitle = format(parseISO(data.now), 'EEEE d MMMM yyyy');
  if (data.activeCount === 0) {
    return (
      <>
        <PageHeader title="Today" subtitle={subtitle} />
        <EmptyState
          icon={<IconUserPlus aria-hidden />}
          title="Start with your team"
          action={<Button onClick={() => navigate('/team/new')}>Add your first person</Button>}
        >
          Add the people you lead and their 1:1 cadence. This page then shows whom you meet today
          and this week.
        </EmptyState>
      </>
    );
  }

  return (
    <>
      <PageHeader title="Today" subtitle={subtitle} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        {data.notRecorded.length > 0 && (
          <SectionCard
            title={`${data.notRecorded.length} past ${data.notRecorded.length === 1 ? '1:1' : '1:1s'} not recorded`}
          >
            <Text size="sm" c="dimmed" mb="sm">
              Their day is over and nobody marked them. Say what happened, so no 1:1 falls through
              the cracks.
            </Text>
            <NotRecordedList items={data.notRecorded} />
          </SectionCard>
        )}
        <MeetingList title="1:1s today" meetings={data.today} empty="No 1:1s today." />
        <RecognitionNudges />
        <DueActionsCard actions={data.dueActions} />
        <FollowUpsCard followUps={data.followUpsDue} now={data.now} />
        <TodayGrowthCards />
        <MeetingList
          title="Later this week"
          meetings={data.thisWeek}
          empty="Nothing else this week."
        />
        <MeetingList
          title="Coming up"
          meetings={data.later}
          empty="Nothing in the next two weeks."
          limit={MEETING_LIST_LIMIT}
        />
        {data.withoutCadence.length > 0 && (
          <SectionCard title="No regular 1:1 yet">
            <Text size="sm" c="dimmed" mb="sm">
              Regular 1:1s are where feedback and growth happen. Give these people a cadence:
            </Text>
            <Stack gap={4}>
              {data.withoutCadence.map((p) => (
                <Anchor key={p.personId} component={Link} to={`/team/${p.personId}/edit`}>
                  {p.name}
                </Anchor>
              ))}
            </Stack>
          </SectionCard>
        )}
      </SimpleGrid>
    </>
  );
}
