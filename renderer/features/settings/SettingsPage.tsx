import {
  Card,
  Code,
  Group,
  Kbd,
  Loader,
  Stack,
  Table,
  Text,
  Title,
  useComputedColorScheme,
} from '@mantine/core';
import { PageHeader } from '../../components/PageHeader';
import { useAppInfo } from '../../app/NoticesBanner';
import { modKey } from '../../lib/platform';
import { ShortcutSettingsCard } from '../capture/ShortcutSettingsCard';
import { RecognitionSettingsCard } from '../recognition/RecognitionSettingsCard';
import { LogFolderCard } from './LogFolderCard';
import { WeekStartCard } from './WeekStartCard';

const SHORTCUTS = [
  [modKey, '1', 'Today'],
  [modKey, '2', 'Team'],
  [modKey, '3', 'Question bank'],
  [modKey, '4', 'Recognition'],
  [modKey, ',', 'Settings'],
  [modKey, 'N', 'Add a person'],
];

export function SettingsPage() {
  const { data } = useAppInfo();
  const scheme = useComputedColorScheme('light');
  if (!data) return <Loader aria-label="Loading settings" />;
  return (
    <>
      <PageHeader title="Settings" />
      <Stack gap="lg" maw={760}>
        <Card withBorder>
          <Title order={3} size="h5" mb="xs">
            Your data
          </Title>
          <Text size="sm" mb="xs">
            Everything Coachbook keeps stays on this computer, in this folder. Nothing is sent
            anywhere.
          </Text>
          <Code block aria-label="Data folder">
            {data.dataDir}
          </Code>
          <Text size="xs" c="dimmed" mt="xs">
            Daily and weekly backups are kept in its backups folder. A damaged file is set aside in
            damaged, never overwritten.
          </Text>
        </Card>
        <WeekStartCard />
        <LogFolderCard />
        <Card withBorder>
          <Title order={3} size="h5" mb="xs">
            Appearance
          </Title>
          <Text size="sm">
            Coachbook follows your system's light or dark setting (now {scheme}).
          </Text>
        </Card>
        <ShortcutSettingsCard />
        <RecognitionSettingsCard />
        <Card withBorder>
          <Title order={3} size="h5" mb="xs">
            Keyboard shortcuts
          </Title>
          <Table aria-label="Keyboard shortcuts">
            <Table.Tbody>
              {SHORTCUTS.map(([mod, key, action]) => (
                <Table.Tr key={action}>
                  <Table.Td w={160}>
                    <Group gap={4}>
                      <Kbd>{mod}</Kbd>+<Kbd>{key}</Kbd>
                    </Group>
                  </Table.Td>
                  <Table.Td>{action}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
        <Card withBorder>
          <Title order={3} size="h5" mb="xs">
            About
          </Title>
          <Text size="sm" aria-label="Version">
            {data.name} version {data.version}
          </Text>
        </Card>
      </Stack>
    </>
  );
}
