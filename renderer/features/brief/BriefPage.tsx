import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  List,
  Loader,
  SimpleGrid,
  Stack,
  Text,
} from '@mantine/core';
import { IconBulb, IconPrinter } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { messageOf } from '../../lib/errors';
import { formatDate, formatMeeting } from '../../lib/format';
import { meetingPath } from '../meetings/links';
import { useBrief } from '../meetings/queries';
import { BriefSection } from './BriefSection';
import { MoodTrend } from './MoodTrend';

/** Everything since the last 1:1 on one printable page: prepare in two minutes. */
export function BriefPage() {
  const { id = '' } = useParams();
  const { data: brief, error, isPending } = useBrief(id);
  if (isPending) return <Loader aria-label="Loading the brief" />;
  if (error) return <Alert color="red">{messageOf(error)}</Alert>;

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
      <Stack gap="lg">
        <BriefSection
          title="Suggested topics"
          empty={brief.suggestions.length === 0 && 'Nothing stands out. Ask how things are going.'}
        >
          <List spacing={4} icon={<IconBulb size={16} aria-hidden />} aria-label="Suggested topics">
            {brief.suggestions.map((s) => (
              <List.Item key={s.text}>{s.text}</List.Item>
            ))}
          </List>
        </BriefSection>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <BriefSection
            title="Open action items"
            empty={brief.actions.length === 0 && 'No open action items.'}
          >
            <List spacing={4} aria-label="Open action items">
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
            </List>
          </BriefSection>
          <BriefSection
            title="Talking points waiting"
            empty={brief.waitingPoints.length === 0 && 'No talking points waiting.'}
          >
            <List spacing={4} aria-label="Talking points waiting">
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
            </List>
          </BriefSection>
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
          <BriefSection
            title="Feedback to give or follow up"
            empty={brief.feedbackToDeliver.length === 0 && 'Nothing waiting to be given.'}
          >
            <List spacing={4} aria-label="Feedback to give or follow up">
              {brief.feedbackToDeliver.map((f) => (
                <List.Item key={f.id}>
                  {f.status === 'follow_up' && f.followUpOn
                    ? `Follow up (due ${formatDate(f.followUpOn)}) on feedback from `
                    : 'To give: '}
                  {formatDate(f.date)}: {f.behaviour || f.situation} ({f.kind})
                </List.Item>
              ))}
            </List>
          </BriefSection>
          <BriefSection
            title="Feedback and recognition since"
            empty={
              brief.feedbackSince.length + brief.recognitionSince.length === 0 &&
              'None logged since the last 1:1.'
            }
          >
            <List spacing={4} aria-label="Feedback and recognition since">
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
            </List>
          </BriefSection>
        </SimpleGrid>
      </Stack>
    </>
  );
}
