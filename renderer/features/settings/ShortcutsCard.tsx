import { Group, Kbd, Table, Text } from '@mantine/core';
import { SectionCard } from '../../components/SectionCard';
import { SHORTCUTS, shortcutKeys } from '../../lib/shortcuts';

/** Every keyboard shortcut, from the one registry the hotkeys use, with this platform's keys. */
export function ShortcutsCard() {
  return (
    <SectionCard title="Keyboard shortcuts">
      <Table aria-label="Keyboard shortcuts">
        <Table.Tbody>
          {SHORTCUTS.map((shortcut) => {
            const [modifier, key] = shortcutKeys(shortcut.id);
            return (
              <Table.Tr key={shortcut.id}>
                <Table.Td w={160}>
                  <Group gap={4}>
                    <Kbd>{modifier}</Kbd>+<Kbd>{key}</Kbd>
                  </Group>
                </Table.Td>
                <Table.Td>
                  {shortcut.action}
                  {'where' in shortcut && (
                    <Text span size="sm" c="dimmed">
                      {' '}
                      ({shortcut.where.toLowerCase()})
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </SectionCard>
  );
}
