import {
  Group,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
  Title,
} from '@mantine/core';
import {
  CSV_DELIMITERS,
  HELPDESK_SOURCES,
  HELPDESK_SOURCE_LABELS,
  type ColumnMapping,
} from '../../../shared/model/kpis';
import type { ImportPreview } from '../../../shared/ipc/channels/imports';
import { DELIMITER_LABELS } from '../../../shared/domain/imports/csv';
import { COUNT_ROWS, COUNT_ROWS_LABEL } from '../../../shared/domain/imports/count-rows';
import { sampleColumns } from '../../../shared/domain/imports/mapping';
import { DATE_ORDERS, detectDateOrder, type DateOrder } from '../../../shared/domain/imports/dates';
import { oneOf } from '../../lib/one-of';
import { PreviewTable } from './PreviewTable';

const NOT_MAPPED = '';

/** The date column's cells in the first rows. */
const dateCells = (preview: ImportPreview, mapping: ColumnMapping): string[] => {
  const index = mapping.date === null ? -1 : preview.headers.indexOf(mapping.date);
  return index < 0 ? [] : preview.rows.map((row) => row[index] ?? '');
};

/** Whether the first rows say how the file's slashed dates are written (dates.ts). */
export const fileDateOrder = (preview: ImportPreview, mapping: ColumnMapping) =>
  detectDateOrder(dateCells(preview, mapping));

const ORDER_LABELS: Record<DateOrder, (d: string, m: string, y: string) => string> = {
  'month-first': (a, b, y) => `Month first: ${dayMonth(b, a, y)}`,
  'day-first': (a, b, y) => `Day first: ${dayMonth(a, b, y)}`,
};

const dayMonth = (day: string, month: string, year: string) =>
  new Date(Number(year), Number(month) - 1, Number(day)).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });

interface Props {
  preview: ImportPreview;
  mapping: ColumnMapping;
  onMapping: (mapping: ColumnMapping) => void;
  /** How dates like 03/04/2026 are read, when the first rows do not say: null when they do. */
  dateOrder: DateOrder | null;
  onDateOrder: (order: DateOrder) => void;
  /** A new delimiter, source or decimal setting: the backend previews again. */
  onOptions: (
    options: Partial<Pick<ImportPreview, 'delimiter' | 'source' | 'decimalComma'>>,
  ) => void;
  errors: Record<string, string>;
}

/** Step 2: where the file comes from, how it is written, and which column feeds which metric. */
export function MappingStep({
  preview,
  mapping,
  onMapping,
  dateOrder,
  onDateOrder,
  onOptions,
  errors,
}: Props) {
  const columns = [
    { value: NOT_MAPPED, label: 'Not in this file' },
    ...preview.headers.map((h) => ({ value: h, label: h })),
  ];
  const samples = sampleColumns(
    mapping,
    preview.headers,
    preview.rows.slice(0, 3),
    preview.metrics,
    preview.decimalComma,
  );
  const setColumn = (key: 'email' | 'name' | 'date', value: string | null) =>
    onMapping({ ...mapping, [key]: value ? value : null });
  const setMetric = (metricId: string, value: string | null) => {
    const rest = mapping.metrics.filter((m) => m.metricId !== metricId);
    onMapping({ ...mapping, metrics: value ? [...rest, { metricId, column: value }] : rest });
  };
  const metricError = (metricId: string) => {
    const i = mapping.metrics.findIndex((m) => m.metricId === metricId);
    return i < 0
      ? undefined
      : (errors[`mapping.metrics.${i}.column`] ?? errors[`mapping.metrics.${i}.metricId`]);
  };

  return (
    <Stack gap="md">
      <Group align="flex-end" gap="lg">
        <Select
          label="Where the file comes from"
          description={
            preview.fromSavedMapping
              ? 'Using the mapping you saved last time'
              : `Looks like ${HELPDESK_SOURCE_LABELS[preview.detectedSource]}`
          }
          data={HELPDESK_SOURCES.map((s) => ({ value: s, label: HELPDESK_SOURCE_LABELS[s] }))}
          value={preview.source}
          allowDeselect={false}
          onChange={(v) => {
            const source = oneOf(HELPDESK_SOURCES, v);
            if (source) onOptions({ source });
          }}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="import-delimiter-label">
            Columns separated by
          </Text>
          <SegmentedControl
            aria-labelledby="import-delimiter-label"
            data={CSV_DELIMITERS.map((d) => ({ value: d, label: DELIMITER_LABELS[d] }))}
            value={preview.delimiter}
            onChange={(v) => {
              const delimiter = oneOf(CSV_DELIMITERS, v);
              if (delimiter) onOptions({ delimiter });
            }}
          />
        </Stack>
        <Switch
          label="Decimal comma (1,5 means one and a half)"
          checked={preview.decimalComma}
          onChange={(e) => onOptions({ decimalComma: e.currentTarget.checked })}
        />
      </Group>

      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Select
          label="Person's email"
          data={columns}
          value={mapping.email ?? NOT_MAPPED}
          onChange={(v) => setColumn('email', v)}
          error={errors['mapping.email']}
        />
        <Select
          label="Person's name"
          data={columns}
          value={mapping.name ?? NOT_MAPPED}
          onChange={(v) => setColumn('name', v)}
          error={errors['mapping.name']}
        />
        <Select
          label="Date of each row"
          data={columns}
          value={mapping.date ?? NOT_MAPPED}
          onChange={(v) => setColumn('date', v)}
          error={errors['mapping.date']}
        />
      </SimpleGrid>
      {dateOrder && (
        <DateOrderSelect
          cells={dateCells(preview, mapping)}
          value={dateOrder}
          onChange={onDateOrder}
        />
      )}

      <Title order={3} size="h5">
        Metrics
      </Title>
      {errors['mapping.metrics'] && (
        <Text c="red" size="sm" role="alert">
          {errors['mapping.metrics']}
        </Text>
      )}
      <Table verticalSpacing="xs" aria-label="Which column feeds each metric">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Metric</Table.Th>
            <Table.Th scope="col">Column</Table.Th>
            <Table.Th scope="col">In the first rows (as read)</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {preview.metrics.map((metric) => {
            const column =
              mapping.metrics.find((m) => m.metricId === metric.id)?.column ?? NOT_MAPPED;
            const options =
              metric.unit === 'count'
                ? [...columns, { value: COUNT_ROWS, label: COUNT_ROWS_LABEL }]
                : columns;
            const sample = samples.find((s) => s.metricId === metric.id);
            return (
              <Table.Tr key={metric.id}>
                <Table.Th scope="row" fw={500}>
                  {metric.name}
                </Table.Th>
                <Table.Td>
                  <Select
                    aria-label={`Column for ${metric.name}`}
                    data={options}
                    value={column}
                    onChange={(v) => setMetric(metric.id, v)}
                    error={metricError(metric.id)}
                  />
                </Table.Td>
                <Table.Td>
                  {column === COUNT_ROWS ? (
                    <Text size="sm">Each row → counts as 1</Text>
                  ) : sample ? (
                    <Stack gap={2}>
                      {sample.cells.map((cell, i) => (
                        <Text key={i} size="sm" c={cell.ok ? undefined : 'red'}>
                          {cell.raw === '' ? '(empty)' : cell.raw} → {cell.shown}
                          {cell.ok ? '' : ' (will be skipped)'}
                        </Text>
                      ))}
                    </Stack>
                  ) : (
                    <Text size="sm" c="dimmed">
                      Not imported
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <PreviewTable preview={preview} />
    </Stack>
  );
}

/** Asked only when every slashed date in the first rows could be read either way. */
function DateOrderSelect({
  cells,
  value,
  onChange,
}: {
  cells: string[];
  value: DateOrder;
  onChange: (order: DateOrder) => void;
}) {
  const example = cells.map((c) => /^(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(c.trim())).find(Boolean);
  const [raw, a, b, y] = example ?? ['03/04/2026', '03', '04', '2026'];
  return (
    <Select
      maw={420}
      label={`How to read dates like ${raw}`}
      description="No date in the first rows says whether the day or the month comes first."
      data={DATE_ORDERS.map((order) => ({ value: order, label: ORDER_LABELS[order](a!, b!, y!) }))}
      value={value}
      allowDeselect={false}
      onChange={(v) => {
        const order = oneOf(DATE_ORDERS, v);
        if (order) onChange(order);
      }}
    />
  );
}
