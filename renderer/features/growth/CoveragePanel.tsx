import { Alert, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import {
  COVERAGE_STATE_LABELS,
  droppedByAbsence,
  keyPeople,
  skillCoverage,
  type SkillCoverage,
} from '../../../shared/domain/growth/coverage';
import type { TeamGrowthView } from '../../../shared/ipc/channels/growth';
import { CRITICALITY_LABELS } from '../../../shared/model/growth';
import { COVERAGE_MARK, coverageInput, pageCoverage, type PendingLevels } from './coverage-text';
import { CrossTrainModal } from './CrossTrainModal';
import { WhoIsAwayCard } from './WhoIsAwayCard';

interface CoveragePanelProps {
  view: TeamGrowthView;
  pending: PendingLevels;
  whatIfAway: string[];
  onWhatIfAway: (ids: string[]) => void;
}

const names = (people: { name: string }[]) => people.map((p) => p.name).join(', ') || '—';

/**
 * Per skill, who can cover it today (or on a later day, with the leave recorded then) and with
 * the what-if; from a gap, plan cross-training.
 */
export function CoveragePanel({ view, pending, whatIfAway, onWhatIfAway }: CoveragePanelProps) {
  const [gap, setGap] = useState<SkillCoverage | null>(null);
  const [on, setOn] = useState(view.today);
  const day = on >= view.today ? on : view.today;
  const away = new Set(whatIfAway);
  const coverage = pageCoverage(view, pending, away, day);
  const everyoneHere = skillCoverage(
    view.skills,
    coverageInput(view, pending).map((p) => ({ ...p, absences: [] })),
    { today: day },
  );
  const dropped = droppedByAbsence(everyoneHere, coverage);
  const warnings = keyPeople(coverage);
  const groupName = (id: string) => view.groups.find((g) => g.id === id)?.name ?? '';

  if (view.skills.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        Define the team's skills first (Skills and templates), then set levels in the matrix.
      </Text>
    );
  }
  return (
    <Stack gap="lg">
      <WhoIsAwayCard
        view={view}
        whatIfAway={whatIfAway}
        onWhatIfAway={onWhatIfAway}
        on={day}
        onDay={setOn}
        dropped={dropped}
      />
      {warnings.map((w) => (
        <Alert key={w.personId} color="red" title={`Key person: ${w.name}`}>
          {w.name} alone covers {w.skills.join(' and ')}, all critical. Cross-train someone so the
          team is not stuck when {w.name.split(' ')[0]} is away.
        </Alert>
      ))}
      <Table striped aria-label="Coverage per skill" verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Skill</Table.Th>
            <Table.Th>Needs</Table.Th>
            <Table.Th>Covered by</Table.Th>
            <Table.Th>Away</Table.Th>
            <Table.Th>Can teach it</Table.Th>
            <Table.Th>Coverage</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {coverage.map((c) => (
            <Table.Tr key={c.skillId}>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {c.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {groupName(c.groupId)} · {CRITICALITY_LABELS[c.criticality]}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {c.targetCoverage} × level {c.requiredLevel}+
                </Text>
              </Table.Td>
              <Table.Td>{names(c.coverers)}</Table.Td>
              <Table.Td>{names(c.away)}</Table.Td>
              <Table.Td>{names(c.trainers)}</Table.Td>
              <Table.Td>
                <Text size="sm" fw={600} className={`coverage-${c.state}`}>
                  {COVERAGE_MARK[c.state]} {COVERAGE_STATE_LABELS[c.state]} ({c.count}/
                  {c.targetCoverage})
                </Text>
              </Table.Td>
              <Table.Td>
                {c.state !== 'covered' && (
                  <Group justify="flex-end">
                    <Button
                      size="compact-xs"
                      variant="light"
                      onClick={() => setGap(c)}
                      aria-label={`Cross-train someone in ${c.name}`}
                    >
                      Cross-train…
                    </Button>
                  </Group>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <CrossTrainModal view={view} gap={gap} onClose={() => setGap(null)} />
    </Stack>
  );
}
