import { Alert, Button, Stack } from '@mantine/core';
import { useState } from 'react';
import { api } from '../../lib/api';
import { useAction } from '../../lib/use-action';

type Outcome = { ok: true } | { ok: false; message: string } | null;

/** Sends a test notification and says plainly whether the system showed it. */
export function TestNotificationButton() {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const test = useAction(() => api.reminders.test(), {
    failureTitle: 'The test notification was not sent',
  });
  return (
    <Stack gap="xs" align="flex-start">
      <Button
        variant="default"
        loading={test.isPending}
        onClick={() => test.run(undefined, { onSuccess: setOutcome })}
      >
        Send a test notification
      </Button>
      {outcome && (
        <Alert
          role="status"
          color={outcome.ok ? 'teal' : 'red'}
          title={outcome.ok ? 'Test notification sent' : 'The test notification was not shown'}
          w="100%"
        >
          {outcome.ok
            ? 'If it did not appear, check that notifications for Coachbook are allowed and that Do Not Disturb or Focus Assist is off.'
            : outcome.message}
        </Alert>
      )}
    </Stack>
  );
}
