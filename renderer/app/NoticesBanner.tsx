import { Alert, Stack } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../lib/api';
import { queryKeys } from '../lib/query-keys';

export function useAppInfo() {
  return useQuery({ queryKey: queryKeys.appInfo, queryFn: () => api.app.info() });
}

/** Tells the lead once about anything the backend did on their behalf, like restoring a file. */
export function NoticesBanner() {
  const client = useQueryClient();
  const { data } = useAppInfo();
  const dismiss = useMutation({
    mutationFn: (id: string) => api.app.dismissNotice({ id }),
    // Notices live in memory, not in a document: no change event covers them.
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.appInfo }),
  });
  if (!data?.notices.length) return null;
  return (
    <Stack gap="xs" mb="md" className="no-print">
      {data.notices.map((notice) => (
        <Alert
          key={notice.id}
          role="alert"
          color={notice.level === 'error' ? 'red' : notice.level === 'warning' ? 'orange' : 'blue'}
          icon={<IconAlertTriangle aria-hidden />}
          title={notice.title}
          withCloseButton
          closeButtonLabel="Dismiss this notice"
          onClose={() => dismiss.mutate(notice.id)}
        >
          {notice.message}
        </Alert>
      ))}
    </Stack>
  );
}
