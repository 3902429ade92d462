import { Button, Tabs, Text } from '@mantine/core';
import { IconChartBar, IconHeartHandshake, IconList } from '@tabler/icons-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { CaptureModal } from '../capture/CaptureModal';
import { BalanceView } from './BalanceView';
import { useRecognitionPreferences } from './queries';
import { RecognitionFeed } from './RecognitionFeed';
import { ShortcutLabel } from '../capture/ShortcutLabel';

/** The team feed and the balance, as two tabs (`?view=balance`). */
export function RecognitionPage() {
  const [params, setParams] = useSearchParams();
  const [capture, setCapture] = useState<string[] | null>(null);
  const prefs = useRecognitionPreferences();
  const view = params.get('view') === 'balance' ? 'balance' : 'feed';
  const shortcut = prefs.data?.shortcut;

  return (
    <>
      <PageHeader
        title="Recognition"
        subtitle={
          shortcut?.active ? (
            <Text span c="dimmed">
              From any app, press <ShortcutLabel accelerator={shortcut.accelerator} /> to log
              praise.
            </Text>
          ) : (
            'Praise you logged, and how it is spread across the team.'
          )
        }
        actions={
          <Button
            leftSection={<IconHeartHandshake size={16} aria-hidden />}
            onClick={() => setCapture([])}
          >
            Recognise someone
          </Button>
        }
      />
      <Tabs
        value={view}
        onChange={(next) =>
          setParams(next === 'balance' ? { view: 'balance' } : {}, { replace: true })
        }
        keepMounted={false}
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="feed" leftSection={<IconList size={16} aria-hidden />}>
            Team feed
          </Tabs.Tab>
          <Tabs.Tab value="balance" leftSection={<IconChartBar size={16} aria-hidden />}>
            Balance
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="feed">
          <RecognitionFeed onRecognise={() => setCapture([])} />
        </Tabs.Panel>
        <Tabs.Panel value="balance">
          <BalanceView />
        </Tabs.Panel>
      </Tabs>
      <CaptureModal personIds={capture} onClose={() => setCapture(null)} />
    </>
  );
}
