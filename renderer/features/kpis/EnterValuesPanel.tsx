import {
  ActionIcon,
  Alert,
  Button,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Tooltip,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronLeft, IconChevronRight, IconDeviceFloppy } from '@tabler/icons-react';
import { useState } from 'react';
import {
  lastEndedPeriod,
  nextPeriod,
  periodKeyOf,
  previousPeriod,
} from '../../../shared/domain/kpis/periods';
import { toLocalDate } from '../../../shared/domain/local-time';
import type { ChannelInput } from '../../../shared/ipc/contract';
import {
  METRIC_PERIODS,
  type MetricDefinition,
  type MetricPeriod,
} from '../../../shared/model/kpis';
import { QueryState } from '../../components/QueryState';
import { oneOf } from '../../lib/one-of';
import { usePeople } from '../team/queries';
import { useKpiGrid } from './queries';
import { useValueDrafts } from './use-value-drafts';
import { ValuesGrid } from './ValuesGrid';

const MODES = ['metric', 'person'] as const;
const SHOWN = 6;

/** Typing values in: one metric × people, or one person × metrics, six periods at a time. */
export function EnterValuesPanel({ metrics }: { metrics: MetricDefinition[] }) {
  const active = metrics.filter((m) => !m.archived);
  const people = usePeople();
  const activePeople = (people.data ?? []).filter((p) => p.person.status === 'active');
  const [mode, setMode] = useState<(typeof MODES)[number]>('metric');
  const [metricId, setMetricId] = useState<string | null>(active[0]?.id ?? null);
  const [personId, setPersonId] = useState<string | null>(null);
  const [kind, setKind] = useState<MetricPeriod>('month');
  const [endPeriod, setEndPeriod] = useState<string | null>(null);
  const drafts = useValueDrafts(metrics);

  const metric = active.find((m) => m.id === metricId) ?? active[0] ?? null;
  const person = activePeople.find((p) => p.person.id === personId) ?? activePeople[0] ?? null;
  const periodKind = mode === 'metric' ? (metric?.period ?? 'month') : kind;
  const today = toLocalDate(new Date());
  const end = endPeriod ?? lastEndedPeriod(today, periodKind);
  const current = periodKeyOf(today, periodKind);

  const input: ChannelInput<'kpis:grid'> | null =
    mode === 'metric'
      ? metric && { mode, metricId: metric.id, count: SHOWN, endPeriod: end }
      : person && { mode, personId: person.person.id, period: kind, count: SHOWN, endPeriod: end };
  const grid = useKpiGrid(input);

  const onPasteOutside = (count: number) =>
    notifications.show({
      color: 'yellow',
      message: `${count === 1 ? '1 pasted value was' : `${count} pasted values were`} outside the grid and left out.`,
    });

  return (
    <Stack gap="sm">
      <Group gap="sm" align="end" wrap="wrap">
        <SegmentedControl
          aria-label="Enter values by"
          data={[
            { value: 'metric', label: 'One metric, every person' },
            { value: 'person', label: 'One person, every metric' },
          ]}
          value={mode}
          onChange={(v) => {
            setMode(oneOf(MODES, v) ?? 'metric');
            setEndPeriod(null);
          }}
        />
        {mode === 'metric' ? (
          <Select
            label="Metric"
            data={active.map((m) => ({ value: m.id, label: m.name }))}
            value={metric?.id ?? null}
            onChange={(v) => {
              setMetricId(v);
              setEndPeriod(null);
            }}
            allowDeselect={false}
            w={240}
          />
        ) : (
          <>
            <Select
              label="Person"
              data={activePeople.map((p) => ({ value: p.person.id, label: p.person.name }))}
              value={person?.person.id ?? null}
              onChange={setPersonId}
              allowDeselect={false}
              w={220}
            />
            <Select
              label="Metrics kept per"
              data={[
                { value: 'week', label: 'Week' },
                { value: 'month', label: 'Month' },
              ]}
              value={kind}
              onChange={(v) => {
                setKind(oneOf(METRIC_PERIODS, v) ?? 'month');
                setEndPeriod(null);
              }}
              allowDeselect={false}
              w={160}
            />
          </>
        )}
        <Group gap={4}>
          <Tooltip label="Earlier periods">
            <ActionIcon
              variant="default"
              size="lg"
              aria-label="Earlier periods"
              onClick={() => setEndPeriod(previousPeriod(end))}
            >
              <IconChevronLeft size={16} aria-hidden />
            </ActionIcon>
          </Tooltip>
          <Tooltip label="Later periods">
            <ActionIcon
              variant="default"
              size="lg"
              aria-label="Later periods"
              disabled={end >= current}
              onClick={() => setEndPeriod(nextPeriod(end))}
            >
              <IconChevronRight size={16} aria-hidden />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Group>
      <Text id="kpi-grid-help" size="sm" c="dimmed">
        Arrows, Tab and Enter move; type to replace a value, F2 to edit it, Escape to cancel, Delete
        to clear. Paste rows copied from a spreadsheet into the focused cell. Hover a value to see
        where it came from.
      </Text>
      <QueryState query={people} label="Loading the team" />
      {input === null ? (
        <Text c="dimmed">
          {mode === 'metric'
            ? 'Add a metric first, on the Metrics tab.'
            : 'Add a person to the team first.'}
        </Text>
      ) : (
        <QueryState query={grid} label="Loading the values" />
      )}
      {input !== null && grid.data && (
        <ValuesGrid
          grid={grid.data}
          rowHeading={mode === 'metric' ? 'Person' : 'Metric'}
          label={
            mode === 'metric'
              ? `${metric?.name ?? ''} values by person`
              : `${person?.person.name ?? ''}'s values by metric`
          }
          drafts={drafts.drafts}
          errors={drafts.errors}
          onDrafts={drafts.change}
          onPasteOutside={onPasteOutside}
        />
      )}
      {drafts.invalid > 0 && (
        <Alert color="red" title="Some values need fixing" role="status">
          {drafts.invalid === 1 ? '1 cell is' : `${drafts.invalid} cells are`} not right: the
          message is under each. Nothing is saved until every value reads.
        </Alert>
      )}
      <Group>
        <Button
          leftSection={<IconDeviceFloppy size={16} aria-hidden />}
          disabled={drafts.count === 0}
          loading={drafts.saving}
          onClick={drafts.saveAll}
        >
          {drafts.count === 0
            ? 'Save values'
            : `Save ${drafts.count === 1 ? '1 change' : `${drafts.count} changes`}`}
        </Button>
        <Button variant="default" disabled={drafts.count === 0} onClick={drafts.discard}>
          Discard changes
        </Button>
      </Group>
    </Stack>
  );
}
