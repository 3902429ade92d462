import {
  Badge,
  Button,
  Group,
  NumberInput,
  Stack,
  Table,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { IconArchive, IconPencil, IconPlus, IconRestore, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { KpiSettings } from '../../../shared/ipc/channels/kpis';
import {
  METRIC_DIRECTION_LABELS,
  METRIC_UNIT_LABELS,
  type MetricDefinition,
} from '../../../shared/model/kpis';
import { api } from '../../lib/api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { CardAction, SectionCard } from '../../components/SectionCard';
import { MetricModal } from './MetricModal';
import { useKpisAction } from './queries';
import { showValue } from './TrendBits';

/** The metric definitions (add, edit, archive, delete) and the KPI preferences. */
export function MetricsPanel({ settings }: { settings: KpiSettings }) {
  const [editing, setEditing] = useState<MetricDefinition | 'new' | null>(null);
  const [deleting, setDeleting] = useState<MetricDefinition | null>(null);
  const archive = useKpisAction('kpis:archiveMetric', {
    done: (m) => `${m.name} archived: its values stay readable.`,
    undo: (m) => api.kpis.restoreMetric({ metricId: m.id }),
  });
  const restore = useKpisAction('kpis:restoreMetric', { done: (m) => `${m.name} restored.` });
  const remove = useKpisAction('kpis:removeMetric', { done: 'Metric deleted.' });
  const ordered = [...settings.metrics].sort((a, b) => Number(a.archived) - Number(b.archived));

  return (
    <Stack gap="md">
      <SectionCard
        title="Metrics"
        action={
          <CardAction icon={<IconPlus size={14} aria-hidden />} onClick={() => setEditing('new')}>
            Add metric
          </CardAction>
        }
      >
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="xs" aria-label="Metric definitions">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Metric</Table.Th>
                <Table.Th>Unit</Table.Th>
                <Table.Th>Better when</Table.Th>
                <Table.Th>Target</Table.Th>
                <Table.Th>Per</Table.Th>
                <Table.Th>Aggregated as</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {ordered.map((m) => (
                <Table.Tr key={m.id} c={m.archived ? 'dimmed' : undefined}>
                  <Table.Td>
                    <Group gap={6}>
                      <Text size="sm" fw={600}>
                        {m.name}
                      </Text>
                      {m.builtIn && (
                        <Badge size="xs" variant="light">
                          Built in
                        </Badge>
                      )}
                      {m.archived && (
                        <Badge size="xs" variant="outline" color="gray">
                          Archived
                        </Badge>
                      )}
                    </Group>
                    {m.description && (
                      <Text size="xs" c="dimmed" maw={320}>
                        {m.description}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {METRIC_UNIT_LABELS[m.unit]}
                    {m.unit === 'score' && m.scaleMax !== null && ` (of ${m.scaleMax})`}
                  </Table.Td>
                  <Table.Td>
                    {METRIC_DIRECTION_LABELS[m.direction].replace(' is better', '')}
                  </Table.Td>
                  <Table.Td>{m.target === null ? 'None' : showValue(m.target, m)}</Table.Td>
                  <Table.Td>{m.period === 'week' ? 'Week' : 'Month'}</Table.Td>
                  <Table.Td>
                    {m.aggregation}, {m.clock === 'business' ? 'business hours' : 'calendar'}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap" justify="flex-end">
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        leftSection={<IconPencil size={12} aria-hidden />}
                        aria-label={`Edit ${m.name}`}
                        onClick={() => setEditing(m)}
                      >
                        Edit
                      </Button>
                      {m.archived ? (
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          leftSection={<IconRestore size={12} aria-hidden />}
                          aria-label={`Restore ${m.name}`}
                          onClick={() => restore.run({ metricId: m.id })}
                        >
                          Restore
                        </Button>
                      ) : (
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          leftSection={<IconArchive size={12} aria-hidden />}
                          aria-label={`Archive ${m.name}`}
                          onClick={() => archive.run({ metricId: m.id })}
                        >
                          Archive
                        </Button>
                      )}
                      {!m.builtIn && (
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          color="red"
                          leftSection={<IconTrash size={12} aria-hidden />}
                          aria-label={`Delete ${m.name}`}
                          onClick={() => setDeleting(m)}
                        >
                          Delete
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </SectionCard>
      <PreferencesCard settings={settings} />
      <MetricModal editing={editing} onClose={() => setEditing(null)} />
      <ConfirmDialog
        opened={deleting !== null}
        title={`Delete ${deleting?.name ?? 'this metric'}?`}
        confirmLabel="Delete"
        busy={remove.isPending}
        onClose={() => setDeleting(null)}
        onConfirm={() =>
          deleting && remove.run({ metricId: deleting.id }, { onSuccess: () => setDeleting(null) })
        }
      >
        Nobody has values for it, so only the definition goes. A metric with values can only be
        archived, which keeps them readable.
      </ConfirmDialog>
    </Stack>
  );
}

function PreferencesCard({ settings }: { settings: KpiSettings }) {
  const [percent, setPercent] = useState<string | number>(
    Math.round(settings.preferences.sharpDropRatio * 100),
  );
  const [error, setError] = useState<string | null>(null);
  const save = useKpisAction('kpis:setPreferences', {
    done: 'Saved.',
    showFieldErrors: (fields) => setError(fields.sharpDropRatio ?? null),
  });
  return (
    <SectionCard title="Suggestions in the brief">
      <Group align="end">
        <NumberInput
          label="A sharp drop is more than"
          description="A fall this large on the period before becomes a suggested topic."
          suffix=" %"
          min={1}
          max={100}
          value={percent}
          onChange={setPercent}
          error={error}
          w={260}
        />
        <Button
          variant="default"
          onClick={() => save.run({ sharpDropRatio: Number(percent) / 100 })}
        >
          Save
        </Button>
      </Group>
    </SectionCard>
  );
}
