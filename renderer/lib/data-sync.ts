import type { QueryClient } from '@tanstack/react-query';
import type { CoachbookApi } from '../../shared/ipc/create-api';
import { keysTouchedBy, REMINDER_KEYS } from './query-keys';

/**
 * The one place the cache learns about changes: the backend announces every document it wrote
 * (`data:changed`, from this window or another), and exactly the queries that read it are
 * refreshed. Mutations therefore never list keys to invalidate. Answers the unsubscribe.
 */
export function syncOnDataChanges(client: QueryClient, events: CoachbookApi['events']): () => void {
  return events.on('data:changed', (change) => {
    for (const queryKey of keysTouchedBy(change)) void client.invalidateQueries({ queryKey });
  });
}

/** The reminder engine announces what it fired, snoozed or dismissed: the bell refreshes. */
export function syncOnReminderChanges(
  client: QueryClient,
  events: CoachbookApi['events'],
): () => void {
  return events.on('reminders:changed', () => {
    for (const queryKey of REMINDER_KEYS) void client.invalidateQueries({ queryKey });
  });
}
