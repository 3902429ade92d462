import { List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { DryRunSummary } from '../../../shared/ipc/channels/imports';

function Figure({ label, value }: { label: string; value: number }) {
  return (
    <Stack gap={0}>
      <Text size="xl" fw={700}>
        {value.toLocaleString()}
      </Text>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
    </Stack>
  );
}

/** Step 4: what the import would do, before anything is written. */
export function CheckStep({ summary }: { summary: DryRunSummary }) {
  const listed = summary.wrongRows.length;
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 2, sm: 4 }} aria-label="What the import would change">
        <Figure label="new values" value={summary.added} />
        <Figure label="values replaced" value={summary.replaced} />
        <Figure label="values unchanged" value={summary.unchanged} />
        <Figure label="rows skipped" value={summary.skippedRows} />
      </SimpleGrid>
      <Text size="sm">
        {summary.rows.toLocaleString()} rows read.{' '}
        {summary.unmatchedRowCount > 0 &&
          `${summary.unmatchedRowCount} rows of people not matched are skipped. `}
        {summary.skippedPeopleRowCount > 0 &&
          `${summary.skippedPeopleRowCount} rows skipped as you chose. `}
        {summary.futureRowCount > 0 &&
          `${summary.futureRowCount} rows are in a period that has not started. `}
      </Text>
      {summary.wrongRowCount > 0 && (
        <Stack gap={4}>
          <Title order={3} size="h6">
            Rows skipped and why
            {summary.wrongRowCount > listed ? ` (first ${listed} of ${summary.wrongRowCount})` : ''}
          </Title>
          <List size="sm" spacing={2} aria-label="Rows skipped and why">
            {summary.wrongRows.map((row) => (
              <List.Item key={`${row.line}-${row.reason}`}>
                Line {row.line}: {row.reason}
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
    </Stack>
  );
}
