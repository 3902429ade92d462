import { Anchor, Badge, Divider, Group, Stack, Text } from '@mantine/core';
import { Fragment } from 'react';
import { Link } from 'react-router';
import { isActiveGoal } from '../../../shared/domain/growth/brief';
import { QueryState } from '../../components/QueryState';
import { SectionCard } from '../../components/SectionCard';
import { formatDate } from '../../lib/format';
import { CheckInForm } from './CheckInForm';
import { GOAL_BADGE } from './goal-status';
import { MilestoneList } from './MilestoneList';
import { usePersonGrowth } from './queries';

/**
 * The person's goals in play on the 1:1 page: tick a milestone or write a check-in without
 * leaving the meeting; both record this 1:1.
 */
export function MeetingGoalsCard({ personId, meetingId }: { personId: string; meetingId: string }) {
  const query = usePersonGrowth(personId);
  if (!query.isSuccess) {
    return <QueryState query={query} label="Loading goals" errorTitle="Goals could not be shown" />;
  }
  const goals = query.data.goals.filter(isActiveGoal);
  return (
    <SectionCard title="Goals">
      {goals.length === 0 ? (
        <Text size="sm" c="dimmed">
          No goals in play.{' '}
          <Anchor component={Link} to={`/team/${personId}`} size="sm">
            Set one on the profile
          </Anchor>
          , or start a plan from a template.
        </Text>
      ) : (
        <Stack gap="sm" aria-label="Goals in play">
          {goals.map((goal, i) => {
            const last = [...goal.checkIns].sort((a, b) => a.on.localeCompare(b.on)).at(-1);
            return (
              <Fragment key={goal.id}>
                {i > 0 && <Divider />}
                <Stack gap={6} component="article" aria-label={`Goal: ${goal.title}`}>
                  <Group justify="space-between" wrap="nowrap">
                    <Text size="sm" fw={600}>
                      {goal.title}
                    </Text>
                    <Badge size="xs" variant="light" color={GOAL_BADGE[goal.status].color}>
                      {GOAL_BADGE[goal.status].label}
                    </Badge>
                  </Group>
                  {goal.targetDate && (
                    <Text size="xs" c="dimmed">
                      Target {formatDate(goal.targetDate)}
                    </Text>
                  )}
                  <MilestoneList personId={personId} goal={goal} meetingId={meetingId} />
                  {last && (
                    <Text size="xs" c="dimmed">
                      Last check-in {formatDate(last.on)}: {last.text}
                    </Text>
                  )}
                  <CheckInForm personId={personId} goal={goal} meetingId={meetingId} />
                </Stack>
              </Fragment>
            );
          })}
        </Stack>
      )}
    </SectionCard>
  );
}
