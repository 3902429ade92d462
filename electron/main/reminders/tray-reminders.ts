import type { Backend } from '../../backend/create-backend';
import type { RemindersView } from '../../../shared/model/reminders';
import type { TrayReminderState } from '../tray';

/** The part of the backend the tray needs: its channels and its two change signals. */
export interface TrayBackend {
  invoke: Backend['invoke'];
  onDataChanged: Backend['onDataChanged'];
  reminders: { onChanged(listener: () => void): () => void };
}

interface KeepTrayOptions {
  backend: TrayBackend;
  showReminders(state: TrayReminderState): void;
  /** The lead's locale, for the time of day ("14:05", "2:05 PM"). */
  locale: string;
  now?: () => number;
  log?: (message: string, error: unknown) => void;
}

export function formatTimeOfDay(iso: string, locale: string): string {
  return new Date(iso).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
}

/** The tray's words for a reminders view: what is next, and until when they are paused. */
export function trayStateOf(view: RemindersView, locale: string, now: number): TrayReminderState {
  const paused = view.pausedUntil !== null && Date.parse(view.pausedUntil) > now;
  return {
    next: view.next?.title ?? null,
    pausedUntil: paused ? formatTimeOfDay(view.pausedUntil!, locale) : null,
  };
}

/**
 * Keeps the tray's reminder line current: read `reminders:list` now, on every reminder change
 * and data change, and when a pause ends. Answers the stop.
 */
export function keepTrayCurrent(options: KeepTrayOptions): () => void {
  const { backend, locale } = options;
  const now = options.now ?? Date.now;
  let pauseEnds: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const refresh = async () => {
    const envelope = await backend.invoke('reminders:list', undefined);
    if (stopped) return;
    if (!envelope.ok) {
      options.log?.('The tray could not read the reminders.', envelope.error);
      return;
    }
    const view = envelope.value as RemindersView;
    const state = trayStateOf(view, locale, now());
    options.showReminders(state);
    clearTimeout(pauseEnds);
    if (state.pausedUntil) {
      pauseEnds = setTimeout(() => void refresh(), Date.parse(view.pausedUntil!) - now() + 1_000);
      pauseEnds.unref?.();
    }
  };
  const refreshSoon = () => void refresh();

  const stops = [backend.reminders.onChanged(refreshSoon), backend.onDataChanged(refreshSoon)];
  refreshSoon();
  return () => {
    stopped = true;
    clearTimeout(pauseEnds);
    for (const stop of stops) stop();
  };
}

/** The tray's pause and resume items, as channels of the backend. */
export function trayPauseActions(backend: Pick<TrayBackend, 'invoke'>) {
  return {
    pauseReminders: () => void backend.invoke('reminders:pause', { minutes: 60 }),
    resumeReminders: () => void backend.invoke('reminders:pause', { minutes: 0 }),
  };
}
