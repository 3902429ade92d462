import { Alert, Stack } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { AppError } from '../../shared/ipc/errors';
import { api } from '../lib/api';
import { queryKeys } from '../lib/query-keys';

export function useAppInfo() {
  return useQuery({
    queryKey: queryKeys.appInfo,
    queryFn: () => api.app.info(),
    // "Cannot save" is a state, not an event: look again until it ends (the backend recovers by itself).
    refetchInterval: (query) =>
      query.state.data?.notices.some((n) => n.dismissible === false) ? 5_000 : 30_000,
  });
}

/** A save the disk refused puts the store in read-only mode: show its banner at once. */
function useStorageFailures() {
  const client = useQueryClient();
  useEffect(
    () =>
      client.getMutationCache().subscribe((event) => {
        if (event.type !== 'updated' || event.action.type !== 'error') return;
        if (event.action.error instanceof AppError && event.action.error.code === 'storage') {
          void client.invalidateQueries({ queryKey: queryKeys.appInfo });
        }
      }),
    [client],
  );
}

/** Tells the lead once about anything the backend did on their behalf, like restoring a file. */
export function NoticesBanner() {
  const client = useQueryClient();
  useStorageFailures();
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
          withCloseButton={notice.dismissible !== false}
          closeButtonLabel="Dismiss this notice"
          onClose={() => dismiss.mutate(notice.id)}
        >
          {notice.message}
        </Alert>
      ))}
    </Stack>
  );
}
