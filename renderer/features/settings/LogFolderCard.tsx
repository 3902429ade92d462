import { Button, Code, Text } from '@mantine/core';
import { useAppInfo } from '../../app/NoticesBanner';
import { SectionCard } from '../../components/SectionCard';
import { api } from '../../lib/api';
import { useAction } from '../../lib/use-action';

/** The log a lead can send for help: what it holds, where it is, and a button to open it. */
export function LogFolderCard() {
  const { data } = useAppInfo();
  const open = useAction(() => api.app.openLogFolder(), {
    failureTitle: 'The log folder did not open',
  });
  const logDir = data?.logDir ?? null;
  return (
    <SectionCard
      title="Log for support"
      action={
        logDir && (
          <Button variant="default" onClick={() => open.run()} loading={open.isPending}>
            Open log folder
          </Button>
        )
      }
    >
      <Text size="sm" mb="xs">
        When something goes wrong, Coachbook notes what failed and where: error codes and ids only,
        never a name, a note or anything you wrote. You can send these files to whoever helps you.
      </Text>
      {logDir ? (
        <Code block aria-label="Log folder">
          {logDir}
        </Code>
      ) : (
        <Text size="sm" c="dimmed">
          The log is kept by the Coachbook desktop app; this browser version has no log folder.
        </Text>
      )}
    </SectionCard>
  );
}
