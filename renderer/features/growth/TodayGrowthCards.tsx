import { Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { COVERAGE_STATE_LABELS } from '../../../shared/domain/growth/coverage';
import { QueryState } from '../../components/QueryState';
import { SectionCard } from '../../components/SectionCard';
import { formatDate } from '../../lib/format';
import { COVERAGE_COLOR, COVERAGE_MARK } from './coverage-text';
import { useGrowthToday } from './queries';

const late = (days: number) =>
  days > 0 ? (
    <Badge size="xs" color="red" style={{ flexShrink: 0 }}>
      {days}d late
    </Badge>
  ) : null;

/** Today's growth: milestones and trainings due this week or late, lapsing certificates, coverage. */
export function TodayGrowthCards() {
  const query = useGrowthToday();
  if (!query.isSuccess) {
    return (
      <QueryState
        query={query}
        label="Loading growth due"
        errorTitle="Growth due this week could not be shown"
      />
    );
  }
  const { data } = query;
  const due = data.milestonesDue.length + data.trainingsDue.length;
  const coverage = data.coverage.length + data.keyPeople.length > 0;
  return (
    <>
      {due > 0 && (
        <SectionCard title="Growth due this week">
          <Stack gap={4} component="ul" className="plain-list" aria-label="Growth due this week">
            {data.milestonesDue.map((m) => (
              <Group key={m.milestoneId} component="li" gap="xs" wrap="nowrap">
                <Text size="sm">
                  <Anchor component={Link} to={`/team/${m.personId}`} size="sm" fw={600}>
                    {m.name}
                  </Anchor>
                  : {m.text}{' '}
                  <Text span size="xs" c="dimmed">
                    (milestone, due {formatDate(m.due)})
                  </Text>
                </Text>
                {late(m.daysOverdue)}
              </Group>
            ))}
            {data.trainingsDue.map((t) => (
              <Group key={t.trainingId} component="li" gap="xs" wrap="nowrap">
                <Text size="sm">
                  <Anchor component={Link} to={`/team/${t.personId}`} size="sm" fw={600}>
                    {t.name}
                  </Anchor>
                  : {t.title}{' '}
                  <Text span size="xs" c="dimmed">
                    (training, due {formatDate(t.dueOn)})
                  </Text>
                </Text>
                {late(t.daysOverdue)}
              </Group>
            ))}
          </Stack>
        </SectionCard>
      )}
      {data.certifications.length > 0 && (
        <SectionCard title="Certifications expiring">
          <Stack gap={4} component="ul" className="plain-list" aria-label="Certifications expiring">
            {data.certifications.map((c) => (
              <Text key={c.trainingId} component="li" size="sm">
                <Anchor component={Link} to={`/team/${c.personId}`} size="sm" fw={600}>
                  {c.name}
                </Anchor>
                : {c.title}{' '}
                {c.state === 'expired'
                  ? `lapsed on ${formatDate(c.expiresOn)}`
                  : `expires on ${formatDate(c.expiresOn)} (in ${c.daysLeft} ${c.daysLeft === 1 ? 'day' : 'days'})`}
              </Text>
            ))}
          </Stack>
        </SectionCard>
      )}
      {coverage && (
        <SectionCard
          title="Coverage"
          action={
            <Button component={Link} to="/growth?tab=coverage" size="compact-sm" variant="light">
              Open coverage
            </Button>
          }
        >
          <Stack gap={4} component="ul" className="plain-list" aria-label="Coverage warnings">
            {data.coverage.map((c) => (
              <Group key={c.skillId} component="li" gap="xs" wrap="nowrap">
                <Badge
                  size="sm"
                  variant="light"
                  color={COVERAGE_COLOR[c.state]}
                  style={{ flexShrink: 0 }}
                >
                  {COVERAGE_MARK[c.state]} {COVERAGE_STATE_LABELS[c.state]}
                </Badge>
                <Text size="sm">
                  {c.name}: {c.count} of {c.targetCoverage}
                  {c.critical && ' (critical)'}
                  {c.away.length > 0 && `, ${c.away.join(', ')} away`}
                </Text>
              </Group>
            ))}
            {data.keyPeople.map((k) => (
              <Text key={k.personId} component="li" size="sm">
                Key person: {k.name} alone covers {k.skills.join(' and ')}.
              </Text>
            ))}
          </Stack>
          {data.awayToday.length > 0 && (
            <Text size="xs" c="dimmed" mt="xs">
              Away today:{' '}
              {data.awayToday.map((a) => `${a.name} (until ${formatDate(a.until)})`).join(', ')}
            </Text>
          )}
        </SectionCard>
      )}
    </>
  );
}
