import { Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { buildTimeline, type TimelineKind } from '../../../shared/domain/timeline';
import type { Person } from '../../../shared/model/person';
import { allOf, QueryState } from '../../components/QueryState';
import { SectionCard } from '../../components/SectionCard';
import { formatDate, formatMeeting } from '../../lib/format';
import { usePersonFeedback } from '../feedback/queries';
import { meetingPath } from '../meetings/links';
import { useMeetingsOverview } from '../meetings/queries';
import { usePersonRecognition } from '../recognition/queries';
import { toPersonGrowth, usePersonGrowth } from '../growth/queries';

const SHOWN = 8;
const KIND_BADGE: Record<TimelineKind, { label: string; color: string }> = {
  person: { label: 'Profile', color: 'gray' },
  meeting: { label: '1:1', color: 'blue' },
  feedback: { label: 'Feedback', color: 'orange' },
  recognition: { label: 'Praise', color: 'teal' },
  growth: { label: 'Growth', color: 'violet' },
};

/** Everything that happened with this person, newest first. */
export function PersonTimelineCard({ person }: { person: Person }) {
  const [all, setAll] = useState(false);
  const meetingsQuery = useMeetingsOverview(person.id);
  const feedbackQuery = usePersonFeedback(person.id);
  const recognitionQuery = usePersonRecognition(person.id);
  const growthQuery = usePersonGrowth(person.id);
  // Part of the history missing would read as a complete one: show it whole, or say why not.
  const state = allOf(meetingsQuery, feedbackQuery, recognitionQuery, growthQuery);
  const overview = meetingsQuery.data;
  const meetings = overview?.history ?? [];
  const notRecorded = overview?.notRecorded ?? [];
  const feedback = feedbackQuery.data ?? [];
  const recognitions = recognitionQuery.data?.items ?? [];
  const growthView = growthQuery.data;
  const growth = growthView ? toPersonGrowth(growthView) : undefined;
  const events =
    state.status === 'success'
      ? buildTimeline({ person, meetings, feedback, recognitions, notRecorded, growth })
      : [];
  const shown = all ? events : events.slice(0, SHOWN);

  return (
    <SectionCard title="Timeline">
      <QueryState
        query={state}
        label="Loading the timeline"
        errorTitle="The timeline could not be shown"
      />
      <Stack gap={6} component="ul" className="plain-list" aria-label="Timeline">
        {shown.map((e) => (
          <Group
            key={`${e.kind}-${e.when}-${e.text}`}
            component="li"
            gap="xs"
            wrap="nowrap"
            align="flex-start"
          >
            <Text size="xs" c="dimmed" w={110} style={{ flexShrink: 0 }}>
              {e.when.length > 10 ? formatMeeting(e.when) : formatDate(e.when)}
            </Text>
            <Badge
              size="xs"
              variant="light"
              color={KIND_BADGE[e.kind].color}
              style={{ flexShrink: 0 }}
            >
              {KIND_BADGE[e.kind].label}
            </Badge>
            <Text size="sm" lineClamp={2}>
              {e.meetingId || e.occurrence ? (
                <Anchor
                  component={Link}
                  to={meetingPath(person.id, {
                    meetingId: e.meetingId ?? null,
                    occurrence: e.occurrence ?? null,
                  })}
                  size="sm"
                >
                  {e.text}
                </Anchor>
              ) : (
                e.text
              )}
            </Text>
          </Group>
        ))}
      </Stack>
      {events.length > SHOWN && (
        <Button variant="subtle" size="compact-sm" mt="xs" onClick={() => setAll(!all)}>
          {all ? 'Show fewer' : `Show all ${events.length}`}
        </Button>
      )}
    </SectionCard>
  );
}
