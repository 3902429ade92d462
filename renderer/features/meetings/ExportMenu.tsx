import { Button, Menu } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { api } from '../../lib/api';
import { exportedTo, saveTextFile } from '../../lib/save-file';
import { useAction } from '../../lib/use-action';
import { useKpiCsvExport } from '../kpi-export/KpiCsvExport';

/** A person's history as Markdown; private notes only when asked for. */
export function ExportMenu({ personId }: { personId: string }) {
  const exportHistory = useAction(
    async (includePrivate: boolean) => {
      const { fileName, content } = await api.export.personMarkdown({ personId, includePrivate });
      saveTextFile(fileName, content, 'text/markdown');
      return fileName;
    },
    { failureTitle: 'Export failed', done: exportedTo },
  );
  const run = (includePrivate: boolean) => exportHistory.run(includePrivate);
  const exportKpis = useKpiCsvExport();
  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <Button variant="default" leftSection={<IconDownload size={16} aria-hidden />}>
          Export
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => run(false)}>History as Markdown</Menu.Item>
        <Menu.Item onClick={() => run(true)}>History as Markdown, with private notes</Menu.Item>
        <Menu.Item onClick={() => exportKpis.run(personId)}>KPI values as CSV</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
