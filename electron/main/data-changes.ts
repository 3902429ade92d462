import type { WebContents } from 'electron';
import type { Backend } from '../backend/create-backend';
import type { AppEvent, EventPayload } from '../../shared/ipc/events';

/** Sends one declared event to a window; the preload forwards declared events only. */
function sendEvent<E extends AppEvent>(
  contents: WebContents,
  event: E,
  payload: EventPayload<E>,
): void {
  if (!contents.isDestroyed()) contents.send(event, payload);
}

/**
 * Relays every document change of the backend to every window as `data:changed`, so a save in
 * one window (the capture window, say) shows in the others at once. Answers the unsubscribe.
 */
export function relayDataChanges(
  backend: Pick<Backend, 'onDataChanged'>,
  ownWindows: () => WebContents[],
): () => void {
  return backend.onDataChanged((change) => {
    for (const contents of ownWindows()) sendEvent(contents, 'data:changed', change);
  });
}

/** Relays the reminder engine's changes to every window as `reminders:changed`: each bell refreshes. */
export function relayReminderChanges(
  backend: { reminders: { onChanged(listener: () => void): () => void } },
  ownWindows: () => WebContents[],
): () => void {
  return backend.reminders.onChanged(() => {
    for (const contents of ownWindows()) sendEvent(contents, 'reminders:changed', {});
  });
}
