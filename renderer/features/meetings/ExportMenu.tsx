import { Button, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload } from '@tabler/icons-react';
import { api } from '../../lib/api';
import { messageOf } from '../../lib/errors';
import { saveTextFile } from '../../lib/save-file';

/** A person's history as Markdown; private notes only when asked for. */
export function ExportMenu({ personId }: { personId: string }) {
  const run = async (includePrivate: boolean) => {
    try {
      const { fileName, content } = await api.export.personMarkdown({ personId, includePrivate });
      saveTextFile(fileName, content, 'text/markdown');
    } catch (error) {
      notifications.show({ color: 'red', title: 'Export failed', message: messageOf(error) });
    }
  };
  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <Button variant="default" leftSection={<IconDownload size={16} aria-hidden />}>
          Export
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => void run(false)}>History as Markdown</Menu.Item>
        <Menu.Item onClick={() => void run(true)}>
          History as Markdown, with private notes
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
