import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect } from 'react';
import { RouterProvider } from 'react-router';
import { api } from '../lib/api';
import { syncOnDataChanges, syncOnReminderChanges } from '../lib/data-sync';
import { showExportOutcomes } from '../lib/export-outcome';
import { followNavigation } from '../features/reminders/follow-navigation';
import { router } from './routes';
import { colorSchemeManager } from './appearance';
import { cssVariablesResolver, theme } from './theme';

const queryClient = new QueryClient({
  defaultOptions: {
    // Every write announces the document it changed (lib/data-sync.ts), so the cache is never
    // stale through a change; the stale time and focus refetch only pick up time passing (a 1:1
    // that is now due, a nudge that now falls due).
    queries: { staleTime: 30_000, retry: false, refetchOnWindowFocus: true },
    mutations: { retry: false },
  },
});

// At load, not in an effect: a window the main process just opened for a notification click
// gets `app:navigate` as soon as its page has loaded, before React's first effects run.
followNavigation(router, api.events);

export function App() {
  useEffect(() => syncOnDataChanges(queryClient, api.events), []);
  useEffect(() => syncOnReminderChanges(queryClient, api.events), []);
  useEffect(() => showExportOutcomes(api.events), []);
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      colorSchemeManager={colorSchemeManager}
      defaultColorScheme="auto"
    >
      <Notifications position="bottom-right" />
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  );
}
