import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { COVERAGE_STATE_LABELS, type SkillCoverage } from '../../../shared/domain/growth/coverage';
import type { TeamGrowthView } from '../../../shared/ipc/channels/growth';
import { SectionCard } from '../../components/SectionCard';
import { formatDate } from '../../lib/format';
import { AwaySelect } from './AwaySelect';

interface WhoIsAwayCardProps {
  view: TeamGrowthView;
  whatIfAway: string[];
  onWhatIfAway: (ids: string[]) => void;
  /** The day coverage is shown for: today, or a later day to see recorded leave then. */
  on: string;
  onDay: (day: string) => void;
  /** Skills below target on that day only because of who is away. */
  dropped: SkillCoverage[];
}

/**
 * Who is away: the what-if (nothing saved) and the leave recorded on profiles, with its dates.
 * Picking a day (or "See coverage then" on a leave) shows which skills drop below target then.
 */
export function WhoIsAwayCard({
  view,
  whatIfAway,
  onWhatIfAway,
  on,
  onDay,
  dropped,
}: WhoIsAwayCardProps) {
  const onLeave = view.people
    .flatMap((p) => p.absences.map((a) => ({ name: p.name, ...a })))
    .sort((a, b) => a.from.localeCompare(b.from) || a.name.localeCompare(b.name));
  const when = on === view.today ? 'today' : `on ${formatDate(on)}`;
  return (
    <SectionCard title="Who is away">
      <Stack gap="xs">
        <Group align="flex-start" gap="lg">
          <AwaySelect view={view} value={whatIfAway} onChange={onWhatIfAway} />
          <TextInput
            label="Coverage on"
            description="The leave recorded then counts."
            type="date"
            min={view.today}
            value={on}
            onChange={(e) =>
              onDay(e.currentTarget.value >= view.today ? e.currentTarget.value : view.today)
            }
            w={210}
          />
        </Group>
        {onLeave.length > 0 ? (
          <Stack gap={2} component="ul" className="plain-list" aria-label="Leave">
            {onLeave.map((a) => (
              <Group key={a.id} component="li" gap="xs" wrap="nowrap">
                <Text size="sm">
                  {a.name}: {formatDate(a.from)} to {formatDate(a.to)}
                  {a.note && ` (${a.note})`}
                </Text>
                {!(a.from <= on && on <= a.to) && (
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    onClick={() => onDay(a.from < view.today ? view.today : a.from)}
                    aria-label={`See coverage on ${formatDate(a.from)}, when ${a.name} is away`}
                  >
                    See coverage then
                  </Button>
                )}
              </Group>
            ))}
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            Nobody has leave recorded from today on.
          </Text>
        )}
        {dropped.length > 0 && (
          <Alert color="orange" title={`Below target ${when} because of who is away`} role="status">
            {dropped
              .map(
                (c) =>
                  `${c.name}: ${COVERAGE_STATE_LABELS[c.state].toLowerCase()} (${c.count} of ${c.targetCoverage})`,
              )
              .join('; ')}
          </Alert>
        )}
      </Stack>
    </SectionCard>
  );
}
