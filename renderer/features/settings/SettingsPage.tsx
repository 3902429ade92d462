import { Code, Group, Stack, Text } from '@mantine/core';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { SectionCard } from '../../components/SectionCard';
import { useAppInfo } from '../../app/NoticesBanner';
import { ShortcutSettingsCard } from '../capture/ShortcutSettingsCard';
import { TeamKpiCsvButton } from '../kpi-export/KpiCsvExport';
import { RecognitionSettingsCard } from '../recognition/RecognitionSettingsCard';
import { ReminderSettingsCard } from '../reminders/ReminderSettingsCard';
import { AppearanceCard } from './AppearanceCard';
import { LogFolderCard } from './LogFolderCard';
import { ShortcutsCard } from './ShortcutsCard';
import { WeekStartCard } from './WeekStartCard';

export function SettingsPage() {
  const query = useAppInfo();
  if (!query.isSuccess) return <QueryState query={query} label="Loading settings" />;
  const { data } = query;
  return (
    <>
      <PageHeader title="Settings" />
      <Stack gap="lg" maw={760}>
        <SectionCard title="Your data">
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
          <Group mt="sm">
            <TeamKpiCsvButton />
          </Group>
        </SectionCard>
        <WeekStartCard />
        <ReminderSettingsCard />
        <LogFolderCard />
        <AppearanceCard />
        <ShortcutSettingsCard />
        <RecognitionSettingsCard />
        <ShortcutsCard />
        <SectionCard title="About">
          <Text size="sm" aria-label="Version">
            {data.name} version {data.version}
          </Text>
        </SectionCard>
      </Stack>
    </>
  );
}
