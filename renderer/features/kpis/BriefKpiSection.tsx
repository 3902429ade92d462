import { Badge, Button, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import {
  IconArrowDownRight,
  IconArrowUpRight,
  IconCheck,
  IconHeartHandshake,
  IconMinus,
  IconX,
} from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import type { KpiBrief, KpiBriefRow } from '../../../shared/domain/kpis/brief';
import type { KpiSuggestion } from '../../../shared/domain/kpis/suggestions';
import { SectionCard } from '../../components/SectionCard';
import { CaptureModal } from '../capture/CaptureModal';

/** A cell of two lines: what matters, then its context in small dimmed text. */
function TwoLines({ icon, main, sub }: { icon?: ReactNode; main: ReactNode; sub?: ReactNode }) {
  return (
    <Stack gap={0}>
      <Group gap={4} wrap="nowrap">
        {icon}
        <Text span size="sm">
          {main}
        </Text>
      </Group>
      {sub && (
        <Text span size="xs" c="dimmed">
          {sub}
        </Text>
      )}
    </Stack>
  );
}

/** The change on the period before, in words as well as the arrow: never colour alone. */
function Change({ row }: { row: KpiBriefRow }) {
  if (row.previous === null) {
    return <TwoLines main="No change to show" sub="No value for the period before" />;
  }
  const Icon =
    row.change === 0 ? IconMinus : (row.change ?? 0) > 0 ? IconArrowUpRight : IconArrowDownRight;
  const word = row.better === null ? 'no change' : row.better ? 'better' : 'worse';
  return (
    <TwoLines
      icon={<Icon size={14} aria-hidden />}
      main={`${row.changeText} (${word})`}
      sub={`vs ${row.previous.valueText} in ${row.previous.periodLabel}`}
    />
  );
}

function Target({ row }: { row: KpiBriefRow }) {
  if (row.meetsTarget === null) return <TwoLines main="No target" />;
  const run = row.belowTargetStreak;
  return (
    <TwoLines
      icon={row.meetsTarget ? <IconCheck size={14} aria-hidden /> : <IconX size={14} aria-hidden />}
      main={
        row.meetsTarget ? (
          'On target'
        ) : run >= 2 ? (
          <Text span size="sm" fw={600}>
            Missed {run} in a row
          </Text>
        ) : (
          'Missed'
        )
      }
      sub={`Target ${row.targetText}`}
    />
  );
}

const SIGNAL_LABELS: Record<KpiSuggestion['kind'], string> = {
  missed_target: 'Missed target',
  sharp_drop: 'Sharp drop',
  back_on_target: 'Back on target',
  improved: 'Improved',
};
const isProblem = (signal: KpiSuggestion['kind']) =>
  signal === 'missed_target' || signal === 'sharp_drop';

function Row({ row, onRecognise }: { row: KpiBriefRow; onRecognise: (() => void) | null }) {
  return (
    <Table.Tr>
      <Table.Th scope="row">
        <Stack gap={2} align="flex-start">
          <Text span size="sm" fw={600}>
            {row.name}
          </Text>
          {row.isNew && (
            <Badge size="xs" variant="light">
              New
            </Badge>
          )}
        </Stack>
      </Table.Th>
      <Table.Td>
        <TwoLines
          main={
            <Text span size="sm" fw={600}>
              {row.valueText}
            </Text>
          }
          sub={`${row.periodLabel}${row.stale ? ' (latest)' : ''}`}
        />
      </Table.Td>
      <Table.Td>
        <Change row={row} />
      </Table.Td>
      <Table.Td>
        <Target row={row} />
      </Table.Td>
      <Table.Td>
        {row.teamMedian ? (
          <TwoLines
            main={row.teamMedian.valueText}
            sub={`${row.teamMedian.people} ${row.teamMedian.people === 1 ? 'person' : 'people'}`}
          />
        ) : (
          <TwoLines main="None" />
        )}
      </Table.Td>
      <Table.Td>
        <Stack gap={4} align="flex-end">
          {row.signal && (
            <Badge
              size="sm"
              variant="light"
              color={isProblem(row.signal) ? 'orange' : 'teal'}
              style={{ overflow: 'visible' }}
            >
              {SIGNAL_LABELS[row.signal]}
            </Badge>
          )}
          {onRecognise && (
            <Button
              size="compact-xs"
              variant="light"
              className="no-print"
              leftSection={<IconHeartHandshake size={12} aria-hidden />}
              aria-label={`Recognise now: ${row.name}`}
              onClick={onRecognise}
            >
              Recognise now
            </Button>
          )}
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}

/** The brief's KPIs: each metric's newest whole period, its change, its target, and "Recognise now". */
export function BriefKpiSection({
  personId,
  name,
  kpis,
}: {
  personId: string;
  name: string;
  kpis: KpiBrief;
}) {
  const [capture, setCapture] = useState<string[] | null>(null);
  const recognisable = new Set(
    kpis.suggestions.filter((s) => s.recognise !== null).map((s) => s.metricId),
  );
  return (
    <SectionCard title="KPIs since the last 1:1">
      {kpis.rows.length === 0 ? (
        <Text c="dimmed" size="sm">
          No KPI values for {name} yet. Type them in or import a helpdesk export on the KPIs page.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing={6} aria-label="KPIs since the last 1:1">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Metric</Table.Th>
                <Table.Th>Value</Table.Th>
                <Table.Th>Change</Table.Th>
                <Table.Th>Target</Table.Th>
                <Table.Th>Team median</Table.Th>
                <Table.Th w={150}>
                  <VisuallyHidden>Topic</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {kpis.rows.map((row) => (
                <Row
                  key={row.metricId}
                  row={row}
                  onRecognise={recognisable.has(row.metricId) ? () => setCapture([personId]) : null}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <CaptureModal personIds={capture} onClose={() => setCapture(null)} />
    </SectionCard>
  );
}
