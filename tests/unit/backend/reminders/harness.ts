import type { NotificationHost, ReminderNotification } from '../../../../electron/backend/context';
import type { ReminderTimer } from '../../../../electron/backend/reminders/timer';
import type { NotificationStatus } from '../../../../shared/model/reminders';

/** A clock the test moves: asleep, a jump, or the time each timer was due. */
export class MovableClock {
  now: number;
  constructor(local: string) {
    this.now = new Date(local).getTime();
  }
  readonly clock = () => new Date(this.now);
  set(local: string): void {
    this.now = new Date(local).getTime();
  }
}

/** Timers that fire only when the test says, at the clock's time they were due. */
export class FakeTimer implements ReminderTimer {
  private nextId = 1;
  private readonly timers = new Map<number, { at: number; callback: () => void }>();
  /** Every delay asked for, in ms. */
  readonly requested: number[] = [];
  /** Timer callbacks run (the engine's wake-ups). */
  fired = 0;

  constructor(private readonly time: MovableClock) {}

  setTimeout(callback: () => void, ms: number): unknown {
    this.requested.push(ms);
    const id = this.nextId++;
    this.timers.set(id, { at: this.time.now + ms, callback });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }

  get pending(): number {
    return this.timers.size;
  }

  /** Fires the earliest timer without touching the clock (the clock jumped meanwhile). */
  async fireNext(settle: () => Promise<void>): Promise<void> {
    await settle();
    const first = [...this.timers.entries()].sort((a, b) => a[1].at - b[1].at)[0];
    if (!first) return;
    this.timers.delete(first[0]);
    this.fired++;
    first[1].callback();
    await settle();
  }

  /** Lets time pass to `local`: each timer fires at its time, the engine finishing each look. */
  async runUntil(local: string, settle: () => Promise<void>): Promise<void> {
    const until = new Date(local).getTime();
    await settle();
    for (;;) {
      const first = [...this.timers.entries()].sort((a, b) => a[1].at - b[1].at)[0];
      if (!first || first[1].at > until) break;
      this.time.now = Math.max(this.time.now, first[1].at);
      this.timers.delete(first[0]);
      this.fired++;
      first[1].callback();
      await settle();
    }
    this.time.now = until;
  }
}

/** A notification host that records what it was asked to show. */
export function recordingHost(
  options: {
    status?: NotificationStatus;
    show?: () => Promise<{ ok: true } | { ok: false; message: string }>;
  } = {},
): NotificationHost & { shown: ReminderNotification[] } {
  const shown: ReminderNotification[] = [];
  return {
    shown,
    status: () => options.status ?? 'available',
    show: async (notification) => {
      shown.push(notification);
      return options.show ? options.show() : { ok: true };
    },
  };
}
