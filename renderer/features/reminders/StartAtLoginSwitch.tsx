import { Switch, Text } from '@mantine/core';
import { QueryState } from '../../components/QueryState';
import { useSetStartAtLogin, useStartAtLogin } from './queries';

/** Start at login: off by default; Coachbook then opens hidden in the tray. */
export function StartAtLoginSwitch() {
  const query = useStartAtLogin();
  const set = useSetStartAtLogin();
  if (!query.isSuccess) return <QueryState query={query} label="Loading start at login" />;
  const { available, enabled, message } = query.data;
  return (
    <div>
      <Switch
        label="Start Coachbook when I log in"
        description="It opens hidden in the tray, so reminders come before you open the window."
        checked={enabled}
        disabled={!available || set.isPending}
        onChange={(event) => set.run(event.currentTarget.checked)}
      />
      {message && (
        <Text size="xs" c="dimmed" mt={4}>
          {message}
        </Text>
      )}
    </div>
  );
}
