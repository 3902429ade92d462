import { Anchor, Badge, Button, Group, List, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconBulb, IconPrinter } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { formatDate, formatMeeting } from '../../lib/format';
import { meetingPath } from '../meetings/links';
import { useBrief } from '../meetings/queries';
import { BriefList, BriefSection } from './BriefSection';
import { BriefGrowthSection } from '../growth/BriefGrowthSection';
import { BriefKpiSection } from '../kpis/BriefKpiSection';
import { MoodTrend } from './MoodTrend';
import { SuggestionItem } from './SuggestionItem';

/** Everything since the last 1:1 on one printable page: prepare in two minutes. */
export function BriefPage() {
  const { id = '' } = useParams();
  const query = useBrief(id);
  if (!query.isSuccess)
    return (
      <QueryState
        query={query}
        label="Loading the brief"
        errorTitle="This brief could not be shown"
        back={{ to: `/team/${id}`, label: 'Back to the profile' }}
      />
    );

  const brief = query.data;
  const firstName = brief.name.split(' ')[0] ?? brief.name;
  return (
    <>
      <PageHeader
        title={`1:1 brief: ${brief.name}`}
        subtitle={
          brief.since
            ? `Since your last 1:1 on ${formatMeeting(brief.since)}`
            : 'No 1:1 held yet: everything so far'
        }
        actions={
          <Group gap="xs" className="no-print">
            <Button
              variant="default"
              leftSection={<IconPrinter size={16} aria-hidden />}
              onClick={() => window.print()}
            >
              Print
            </Button>
            {brief.next && (
              <Button component={Link} to={meetingPath(id, brief.next)}>
                Open next 1:1 ({formatMeeting(brief.next.at)})
              </Button>
            )}
          </Group>
        }
      />
      <Stack gap="lg" className="brief-print">
        <BriefList
          title="Suggested topics"
          count={brief.suggestions.length}
          empty="Nothing stands out. Ask how things are going."
          icon={<IconBulb size={16} aria-hidden />}
        >
          {brief.suggestions.map((s) => (
            <SuggestionItem
              key={s.text}
              personId={id}
              suggestion={s}
              onAgenda={brief.waitingPoints.some((p) => p.text === s.text)}
            />
          ))}
        </BriefList>
        <BriefKpiSection personId={id} name={firstName} kpis={brief.kpis} />
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <BriefList
            title="Open action items"
            count={brief.actions.length}
            empty="No open action items."
          >
            {brief.actions.map((a) => (
              <List.Item key={a.id}>
                {a.text}{' '}
                <Text span size="xs" c="dimmed">
                  ({a.owner === 'lead' ? 'you' : firstName})
                </Text>{' '}
                {a.overdue ? (
                  <Badge size="xs" color="red">
                    Overdue {a.daysOverdue}d
                  </Badge>
                ) : a.due ? (
                  <Badge size="xs" variant="light" color="gray">
                    Due {formatDate(a.due)}
                  </Badge>
                ) : null}
              </List.Item>
            ))}
          </BriefList>
          <BriefList
            title="Talking points waiting"
            count={brief.waitingPoints.length}
            empty="No talking points waiting."
          >
            {brief.waitingPoints.map((p) => (
              <List.Item key={p.id}>
                {p.text}{' '}
                {p.carriedOver && (
                  <Badge size="xs" color="orange" variant="light">
                    Carried over
                  </Badge>
                )}
              </List.Item>
            ))}
          </BriefList>
          <BriefSection title="Last 1:1" empty={!brief.lastMeeting && 'No 1:1 held yet.'}>
            {brief.lastMeeting && (
              <Text size="sm">
                <Anchor
                  component={Link}
                  to={meetingPath(id, { meetingId: brief.lastMeeting.id, occurrence: null })}
                  size="sm"
                >
                  {formatMeeting(brief.lastMeeting.at)}
                </Anchor>
                {': '}
                {brief.lastMeeting.summary || 'No notes.'}
              </Text>
            )}
          </BriefSection>
          <BriefSection title="Mood trend">
            <MoodTrend points={brief.moodTrend} />
          </BriefSection>
          <BriefList
            title="Feedback to give or follow up"
            count={brief.feedbackToDeliver.length}
            empty="Nothing waiting to be given."
          >
            {brief.feedbackToDeliver.map((f) => (
              <List.Item key={f.id}>
                {f.status === 'follow_up' && f.followUpOn
                  ? `Follow up (due ${formatDate(f.followUpOn)}) on feedback from `
                  : 'To give: '}
                {formatDate(f.date)}: {f.behaviour || f.situation} ({f.kind})
              </List.Item>
            ))}
          </BriefList>
          <BriefList
            title="Feedback and recognition since"
            count={brief.feedbackSince.length + brief.recognitionSince.length}
            empty="None logged since the last 1:1."
          >
            {brief.recognitionSince.map((r) => (
              <List.Item key={r.id}>
                {formatDate(r.date)}: praised for {r.text}
                {r.value ? ` (${r.value})` : ''}
              </List.Item>
            ))}
            {brief.feedbackSince.map((f) => (
              <List.Item key={f.id}>
                {formatDate(f.date)}: {f.kind} feedback, {f.behaviour || f.situation}
              </List.Item>
            ))}
          </BriefList>
          <BriefGrowthSection growth={brief.growth} />
        </SimpleGrid>
      </Stack>
    </>
  );
}
