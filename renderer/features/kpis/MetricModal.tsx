import {
  Button,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { formatKpiInput, parseKpiValue } from '../../../shared/domain/kpis/values';
import {
  METRIC_AGGREGATIONS,
  METRIC_CLOCKS,
  METRIC_DIRECTIONS,
  METRIC_DIRECTION_LABELS,
  METRIC_PERIODS,
  METRIC_UNITS,
  METRIC_UNIT_LABELS,
  type MetricDefinition,
} from '../../../shared/model/kpis';
import { oneOf } from '../../lib/one-of';
import { useKpisAction } from './queries';

interface MetricFormValues {
  name: string;
  description: string;
  unit: MetricDefinition['unit'];
  direction: MetricDefinition['direction'];
  target: string;
  period: MetricDefinition['period'];
  aggregation: MetricDefinition['aggregation'];
  clock: MetricDefinition['clock'];
  scaleMax: string;
}

const TARGET_HINT: Record<MetricDefinition['unit'], string> = {
  percent: 'Like 90 %',
  duration: 'Like 1 h, 45 min or 1:30:00',
  count: 'Like 120',
  score: 'On the scale, like 4.5 or 85',
};

const AGGREGATION_LABELS: Record<MetricDefinition['aggregation'], string> = {
  median: 'Median',
  mean: 'Mean (average)',
  sum: 'Sum',
  ratio: 'Ratio (share of the total)',
};

interface MetricModalProps {
  /** 'new' to add one, a metric to edit it, null to stay closed. */
  editing: MetricDefinition | 'new' | null;
  onClose: () => void;
}

export function MetricModal({ editing, onClose }: MetricModalProps) {
  return (
    <Modal
      opened={editing !== null}
      onClose={onClose}
      size="lg"
      title={editing === 'new' ? 'New metric' : `Edit ${editing?.name ?? ''}`}
    >
      {editing !== null && <MetricForm editing={editing} onClose={onClose} />}
    </Modal>
  );
}

function MetricForm({
  editing,
  onClose,
}: {
  editing: MetricDefinition | 'new';
  onClose: () => void;
}) {
  const metric = editing === 'new' ? null : editing;
  const form = useForm<MetricFormValues>({
    mode: 'controlled',
    initialValues: {
      name: metric?.name ?? '',
      description: metric?.description ?? '',
      unit: metric?.unit ?? 'percent',
      direction: metric?.direction ?? 'higher',
      target: metric?.target == null ? '' : formatKpiInput(metric.target, metric.unit),
      period: metric?.period ?? 'month',
      aggregation: metric?.aggregation ?? 'mean',
      clock: metric?.clock ?? 'calendar',
      scaleMax: metric?.scaleMax == null ? '5' : String(metric.scaleMax),
    },
    validate: {
      // The same reading as the backend's, so the message shows before a round trip.
      target: (text, values) => {
        if (text.trim() === '') return null;
        const scaleMax = values.unit === 'score' ? Number(values.scaleMax) || null : null;
        const parsed = parseKpiValue(text, values.unit, { scaleMax });
        return parsed.ok ? null : parsed.message;
      },
    },
  });
  const fields = {
    showFieldErrors: form.setErrors,
    done: (m: MetricDefinition) => `${m.name} saved.`,
  };
  const create = useKpisAction('kpis:createMetric', fields);
  const update = useKpisAction('kpis:updateMetric', fields);
  const submit = form.onSubmit((v) => {
    const input = {
      ...v,
      scaleMax: v.unit === 'score' ? Number(v.scaleMax.replace(',', '.')) : null,
    };
    if (metric) update.run({ ...input, metricId: metric.id }, { onSuccess: onClose });
    else create.run(input, { onSuccess: onClose });
  });
  const select = <T extends string>(
    key: keyof MetricFormValues,
    values: readonly T[],
    set: (value: T) => void,
  ) => ({
    ...form.getInputProps(key),
    allowDeselect: false,
    onChange: (v: string | null) => {
      const parsed = oneOf(values, v);
      if (parsed) set(parsed);
    },
  });

  return (
    <form noValidate onSubmit={submit} aria-label="Metric">
      <Stack gap="sm">
        <TextInput label="Name" data-autofocus {...form.getInputProps('name')} />
        <Textarea
          label="Description"
          description="What counts, and where the number comes from."
          autosize
          minRows={2}
          {...form.getInputProps('description')}
        />
        <SimpleGrid cols={2}>
          <Select
            label="Unit"
            data={METRIC_UNITS.map((u) => ({ value: u, label: METRIC_UNIT_LABELS[u] }))}
            {...select('unit', METRIC_UNITS, (v) => form.setFieldValue('unit', v))}
          />
          <Select
            label="Direction"
            data={METRIC_DIRECTIONS.map((d) => ({ value: d, label: METRIC_DIRECTION_LABELS[d] }))}
            {...select('direction', METRIC_DIRECTIONS, (v) => form.setFieldValue('direction', v))}
          />
          {form.values.unit === 'score' && (
            <TextInput
              label="Top of the scale"
              description="5 for ratings out of 5, 100 for a QA score."
              inputMode="decimal"
              {...form.getInputProps('scaleMax')}
            />
          )}
          <TextInput
            label="Target"
            description={`${TARGET_HINT[form.values.unit]}; empty for none.`}
            {...form.getInputProps('target')}
          />
          <Select
            label="Period"
            data={METRIC_PERIODS.map((p) => ({
              value: p,
              label: p === 'week' ? 'Week (ISO, Monday to Sunday)' : 'Month',
            }))}
            {...select('period', METRIC_PERIODS, (v) => form.setFieldValue('period', v))}
          />
          <Select
            label="Aggregated as"
            description="How the helpdesk made one number of many tickets."
            data={METRIC_AGGREGATIONS.map((a) => ({ value: a, label: AGGREGATION_LABELS[a] }))}
            {...select('aggregation', METRIC_AGGREGATIONS, (v) =>
              form.setFieldValue('aggregation', v),
            )}
          />
          <Select
            label="Clock"
            description="Business and calendar hours cannot be converted later."
            data={METRIC_CLOCKS.map((c) => ({
              value: c,
              label: c === 'business' ? 'Business hours' : 'Calendar hours',
            }))}
            {...select('clock', METRIC_CLOCKS, (v) => form.setFieldValue('clock', v))}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending || update.isPending}>
            Save metric
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
