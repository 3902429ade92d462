import { Button, Menu } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { api } from '../../lib/api';
import { saveTextFile } from '../../lib/save-file';
import { useAction } from '../../lib/use-action';

/** A person's history as Markdown; private notes only when asked for. */
export function ExportMenu({ personId }: { personId: string }) {
  const exportHistory = useAction(
    async (includePrivate: boolean) => {
      const { fileName, content } = await api.export.personMarkdown({ personId, includePrivate });
      saveTextFile(fileName, content, 'text/markdown');
    },
    { failureTitle: 'Export failed' },
  );
  const run = (includePrivate: boolean) => exportHistory.run(includePrivate);
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
      </Menu.Dropdown>
    </Menu>
  );
}
