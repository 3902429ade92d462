import { Button } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { api } from '../../lib/api';
import { exportedTo, saveTextFile } from '../../lib/save-file';
import { useAction } from '../../lib/use-action';

/** Saves KPI values as CSV: one person's (their id), or everyone's (null). */
export function useKpiCsvExport() {
  return useAction(
    async (personId: string | null) => {
      const { fileName, content } = await api.export.kpisCsv({ personId });
      saveTextFile(fileName, content, 'text/csv');
      return fileName;
    },
    { failureTitle: 'Export failed', done: exportedTo },
  );
}

/** Everyone's KPI values as one CSV file, for a spreadsheet. */
export function TeamKpiCsvButton() {
  const exportCsv = useKpiCsvExport();
  return (
    <Button
      variant="default"
      leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
      loading={exportCsv.isPending}
      onClick={() => exportCsv.run(null)}
    >
      Export KPI values (CSV)
    </Button>
  );
}
