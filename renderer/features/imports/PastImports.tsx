import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { HELPDESK_SOURCE_LABELS, type ImportRecord } from '../../../shared/model/kpis';
import { displayLocalDate, timestampToLocalDate } from '../../../shared/domain/local-time';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { QueryState } from '../../components/QueryState';
import { SectionCard } from '../../components/SectionCard';
import { usePastImports, useUndoImport } from './queries';

/** Undo asks first: it cannot itself be undone (the file would have to be imported again). */
export function UndoImportButton({
  record,
  onUndone,
}: {
  record: ImportRecord;
  onUndone?: () => void;
}) {
  const undo = useUndoImport();
  const [asking, setAsking] = useState(false);
  return (
    <>
      <Button
        size="compact-sm"
        variant="light"
        color="red"
        onClick={() => setAsking(true)}
        loading={undo.isPending}
      >
        Undo this import
      </Button>
      <ConfirmDialog
        opened={asking}
        title="Undo this import?"
        confirmLabel="Undo import"
        busy={undo.isPending}
        onClose={() => setAsking(false)}
        onConfirm={() =>
          undo.run(record.id, {
            onSuccess: () => {
              setAsking(false);
              onUndone?.();
            },
          })
        }
      >
        The {record.counts.added + record.counts.replaced} values from {record.fileName} are taken
        out; values it replaced come back. To have them again, import the file again.
      </ConfirmDialog>
    </>
  );
}

export function PastImports() {
  const imports = usePastImports();
  return (
    <SectionCard title="Past imports">
      {!imports.isSuccess ? (
        <QueryState query={imports} label="Loading past imports" />
      ) : imports.data.length === 0 ? (
        <Text c="dimmed" size="sm">
          No imports yet.
        </Text>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {imports.data.map((record) => (
            <Group key={record.id} component="li" justify="space-between" wrap="nowrap">
              <Stack gap={0}>
                <Text fw={500}>{record.fileName}</Text>
                <Text size="sm" c="dimmed">
                  {HELPDESK_SOURCE_LABELS[record.source]},{' '}
                  {displayLocalDate(timestampToLocalDate(record.importedAt))}: {record.counts.added}{' '}
                  new, {record.counts.replaced} replaced, {record.counts.skipped} rows skipped
                  {record.undoneAt
                    ? `. Undone ${displayLocalDate(timestampToLocalDate(record.undoneAt))}`
                    : ''}
                </Text>
              </Stack>
              {record.undoneAt === null && <UndoImportButton record={record} />}
            </Group>
          ))}
        </Stack>
      )}
    </SectionCard>
  );
}
