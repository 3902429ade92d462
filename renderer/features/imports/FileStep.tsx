import { Button, FileButton, Stack, Text } from '@mantine/core';
import { IconFileUpload } from '@tabler/icons-react';
import { useState } from 'react';
import type { OpenedImport } from '../../../shared/ipc/channels/imports';
import { useOpenFile } from './queries';

/** Step 1: pick the export. The file is read here and sent to the backend once. */
export function FileStep({ onOpened }: { onOpened: (opened: OpenedImport) => void }) {
  const open = useOpenFile();
  const [error, setError] = useState<string | null>(null);
  const pick = (file: File | null) => {
    if (!file) return;
    open.run(file, {
      onSuccess: onOpened,
      showFieldErrors: (fields) => setError(fields.file ?? fields.text ?? fields.fileName ?? null),
    });
  };
  return (
    <Stack gap="xs" align="flex-start">
      <Text>
        Export a report from your helpdesk as CSV (Zendesk, Freshdesk, Help Scout, Intercom, Gorgias
        or any other) and pick the file. Nothing is saved until you confirm the import.
      </Text>
      <FileButton onChange={pick} accept=".csv,.tsv,.txt,text/csv,text/plain">
        {(props) => (
          <Button
            {...props}
            leftSection={<IconFileUpload size={16} aria-hidden />}
            loading={open.isPending}
            aria-describedby={error ? 'import-file-error' : undefined}
          >
            Choose a CSV file
          </Button>
        )}
      </FileButton>
      {error && (
        <Text id="import-file-error" role="alert" c="red" size="sm">
          {error}
        </Text>
      )}
    </Stack>
  );
}
