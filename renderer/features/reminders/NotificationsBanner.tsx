import { Alert } from '@mantine/core';
import { IconBellOff } from '@tabler/icons-react';
import { useState } from 'react';
import type { NotificationStatus } from '../../../shared/model/reminders';
import { useReminders } from './queries';

const TEXT: Record<Exclude<NotificationStatus, 'available'>, { title: string; message: string }> = {
  denied: {
    title: 'Notifications are turned off for Coachbook',
    message:
      "Your system's settings refuse Coachbook's notifications, so reminders only reach the bell at the top. Allow notifications for Coachbook in the system settings to get them while you work elsewhere.",
  },
  unsupported: {
    title: 'This system does not show notifications',
    message:
      'Reminders only reach the bell at the top while Coachbook cannot show notifications here.',
  },
};

/** Says plainly when reminders cannot reach the lead outside the window. */
export function NotificationsBanner() {
  const { data } = useReminders();
  const [hidden, setHidden] = useState(false);
  if (!data || data.notifications === 'available' || hidden) return null;
  const text = TEXT[data.notifications];
  return (
    <Alert
      role="status"
      mb="md"
      color="orange"
      className="no-print"
      icon={<IconBellOff aria-hidden />}
      title={text.title}
      withCloseButton
      closeButtonLabel="Hide this message"
      onClose={() => setHidden(true)}
    >
      {text.message}
    </Alert>
  );
}
