import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect } from 'react';
import { RouterProvider } from 'react-router';
import { api } from '../lib/api';
import { syncOnDataChanges } from '../lib/data-sync';
import { router } from './routes';
import { theme } from './theme';

const queryClient = new QueryClient({
  defaultOptions: {
    // Every write announces the document it changed (lib/data-sync.ts), so the cache is never
    // stale through a change; the stale time and focus refetch only pick up time passing (a 1:1
    // that is now due, a nudge that now falls due).
    queries: { staleTime: 30_000, retry: false, refetchOnWindowFocus: true },
    mutations: { retry: false },
  },
});

export function App() {
  useEffect(() => syncOnDataChanges(queryClient, api.events), []);
  return (
    <MantineProvider theme={theme} defaultColorScheme="auto">
      <Notifications position="bottom-right" />
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  );
}
