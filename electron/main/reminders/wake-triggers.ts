import type { PowerMonitor } from 'electron';

interface WakeTriggerOptions {
  powerMonitor: Pick<PowerMonitor, 'on' | 'removeListener'>;
  wake(reason: string): void;
  /** The system's time zone now (`Intl.DateTimeFormat().resolvedOptions().timeZone`). */
  timeZone(): string;
  /** How often to look for a time-zone change; the engine's own sweep is about as often. */
  everyMs?: number;
}

/**
 * Tells the reminder engine to plan again at once when the computer resumes, the screen is
 * unlocked (macOS, Windows), the lead comes back (macOS), or the time zone changes (no event
 * says so: it is compared on each of those and once a minute). Answers the stop.
 */
export function watchWakeTriggers(options: WakeTriggerOptions): () => void {
  const { powerMonitor, wake } = options;
  let zone = options.timeZone();
  const zoneChanged = () => {
    const now = options.timeZone();
    if (now === zone) return false;
    zone = now;
    return true;
  };
  const on = (reason: string) => () => {
    zoneChanged();
    wake(reason);
  };
  const handlers = {
    resume: on('resume'),
    'unlock-screen': on('unlock'),
    'user-did-become-active': on('active'),
  } as const;
  for (const [event, handler] of Object.entries(handlers)) {
    powerMonitor.on(event as 'resume', handler);
  }
  const timer = setInterval(() => {
    if (zoneChanged()) wake('timezone');
  }, options.everyMs ?? 60_000);
  // The check must not keep the process alive on its own.
  timer.unref?.();
  return () => {
    clearInterval(timer);
    for (const [event, handler] of Object.entries(handlers)) {
      powerMonitor.removeListener(event as 'resume', handler);
    }
  };
}
