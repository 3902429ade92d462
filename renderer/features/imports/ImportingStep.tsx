import { Anchor, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { ImportRecord } from '../../../shared/model/kpis';
import { UndoImportButton } from './PastImports';
import { useImportProgress } from './queries';

/** Step 5: the import running in the backend; its progress is asked for while it runs. */
export function ImportingStep({ token }: { token: string }) {
  const progress = useImportProgress(token);
  const fraction = progress.data?.fraction ?? 0;
  const percent = Math.round(fraction * 100);
  const phase = progress.data?.phase === 'writing' ? 'Saving values' : 'Reading the file';
  return (
    <Stack gap="xs">
      <Text id="import-progress-label">
        {phase}…{' '}
        {progress.data?.rowsRead ? `${progress.data.rowsRead.toLocaleString()} rows read` : ''}
      </Text>
      <Progress
        value={percent}
        aria-labelledby="import-progress-label"
        aria-valuetext={`${percent} %`}
        animated
      />
    </Stack>
  );
}

export function DoneStep({
  record,
  onUndone,
  onAnother,
}: {
  record: ImportRecord;
  onUndone: () => void;
  onAnother: () => void;
}) {
  return (
    <Stack gap="sm">
      <Text role="status">
        Imported {record.fileName}: {record.counts.added} new values, {record.counts.replaced}{' '}
        replaced, {record.counts.skipped} rows skipped.
      </Text>
      <Group>
        <UndoImportButton record={record} onUndone={onUndone} />
        <Anchor component={Link} to="/kpis">
          See the KPIs
        </Anchor>
        <Button variant="subtle" onClick={onAnother}>
          Import another file
        </Button>
      </Group>
    </Stack>
  );
}
