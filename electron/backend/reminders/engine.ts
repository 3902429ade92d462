import {
  computeReminders,
  LOOK_AHEAD_DAYS,
  ReminderMemo,
  type ComputedReminders,
} from '../../../shared/domain/reminders/compute';
import type { ReminderInput } from '../../../shared/domain/reminders/common';
import { planDelivery, type AwaySpan } from '../../../shared/domain/reminders/delivery';
import { todaysOneOnOnes } from '../../../shared/domain/reminders/meetings';
import { pruneRecord, recordOf, KEEP_DAYS } from '../../../shared/domain/reminders/state';
import { digestDue, nextDigestAt } from '../../../shared/domain/reminders/timing';
import { buildView, nextChangeAt } from '../../../shared/domain/reminders/view';
import type {
  RemindersDocument,
  RemindersView,
  ReminderMessage,
} from '../../../shared/model/reminders';
import type { Clock } from '../clock';
import type { NotificationHost } from '../context';
import type { RemindersFile } from './reminders-file';
import { waitFor, type ReminderTimer } from './timer';

/** Two looks at the clock further apart than this: asleep, closed, or the clock jumped. */
export const AWAY_GAP_MS = 3 * 60_000;
/** A data change is looked at this long after it (edits come in bursts while the lead types). */
export const DATA_SETTLE_MS = 2_000;
/** While nothing else is written, the last look is saved this often (so a restart knows the gap). */
const SAVE_LOOK_EVERY_MS = 15 * 60_000;

export interface ReminderEngineOptions {
  clock: Clock;
  timer: ReminderTimer;
  file: RemindersFile;
  /** The documents as they are now. */
  source: () => Omit<ReminderInput, 'settings'>;
  host?: NotificationHost;
  log: (message: string, error: unknown) => void;
}

/**
 * Looks at the clock at the next due time or within a minute, and whenever it is woken (a data
 * change, resume, unlock, a time-zone change, a test moving the clock). Each look records what it
 * is about to show in reminders.json (durably) before showing it, so nothing is shown twice: not
 * after a double resume, a crash right after showing, or a restart.
 */
export class ReminderEngine {
  private handle: unknown = null;
  private soon: unknown = null;
  private chain: Promise<void> = Promise.resolve();
  private queued = false;
  private stopped = false;
  private lastLook: Date | null = null;
  private lastSaved = 0;
  /** A digest with nothing to say is not worth a write: its day is kept here. */
  private quietDigestOn: string | null = null;
  private signature = '';
  private readonly listeners = new Set<() => void>();
  /** The rules' answer per person for the current days, kept between looks (see ReminderMemo). */
  private readonly memo = new ReminderMemo();

  constructor(private readonly options: ReminderEngineOptions) {}

  get file(): RemindersFile {
    return this.options.file;
  }

  start(): void {
    this.wake('start');
  }

  /** Looks again now (coalesced: one look runs, one more waits at most). */
  wake(_reason: string): void {
    if (this.stopped || this.queued) return;
    this.queued = true;
    this.chain = this.chain
      .then(() => {
        this.queued = false;
        return this.stopped ? undefined : this.look();
      })
      .catch((error: unknown) => this.options.log('A reminder check failed.', error));
  }

  /** Looks again shortly (a data change): a burst of writes gives one look. */
  wakeSoon(reason: string): void {
    if (this.stopped || this.soon !== null) return;
    this.soon = this.options.timer.setTimeout(() => {
      this.soon = null;
      this.wake(reason);
    }, DATA_SETTLE_MS);
  }

  /** Resolves once no look is running or waiting. */
  async settled(): Promise<void> {
    let current: Promise<void>;
    do {
      current = this.chain;
      await current;
    } while (current !== this.chain);
  }

  /** Stops the timer, lets a running look finish, and saves the last look. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.disarm();
    if (this.soon !== null) this.options.timer.clearTimeout(this.soon);
    this.soon = null;
    await this.settled();
    if (this.lastLook === null || !this.file.exists || !this.file.writable) return;
    const at = this.lastLook.toISOString();
    await this.file
      .update((d) => ({ ...d, lastCheckedAt: at }))
      .catch((error: unknown) => this.options.log('The last reminder check was not saved.', error));
  }

  onChanged(listener: () => void): () => void {
    const entry = () => listener();
    this.listeners.add(entry);
    return () => this.listeners.delete(entry);
  }

  /** The rules' answer for `now` over the current documents and settings. */
  compute(now: Date): ComputedReminders {
    return computeReminders(this.input(), now, LOOK_AHEAD_DAYS, this.memo);
  }

  view(now: Date = this.options.clock()): RemindersView {
    const doc = this.file.data;
    return buildView(this.compute(now), recordOf(doc), doc.settings, now, this.status());
  }

  /** Tells listeners (the bell) when what they show changed. */
  changed(view: RemindersView = this.view()): void {
    const signature = JSON.stringify(view);
    if (signature === this.signature) return;
    this.signature = signature;
    for (const listener of [...this.listeners]) {
      try {
        listener();
      } catch (error) {
        this.options.log('A reminders listener failed.', error);
      }
    }
  }

  private status() {
    return this.options.host?.status() ?? 'unsupported';
  }

  private input(): ReminderInput {
    return { ...this.options.source(), settings: this.file.data.settings };
  }

  private async look(): Promise<void> {
    this.disarm();
    const now = this.options.clock();
    const doc = this.file.data;
    const previous = this.lastLook ?? (doc.lastCheckedAt ? new Date(doc.lastCheckedAt) : null);
    const gap: AwaySpan | null =
      previous && now.getTime() - previous.getTime() > AWAY_GAP_MS
        ? { from: previous.toISOString(), to: now.toISOString() }
        : null;
    const input = this.input();
    const computed = computeReminders(input, now, LOOK_AHEAD_DAYS, this.memo);
    const away = gap ? [...doc.away, gap] : doc.away;
    const lastDigestOn =
      [doc.lastDigestOn, this.quietDigestOn]
        .filter((d): d is string => d !== null)
        .sort()
        .at(-1) ?? null;
    const delivery = planDelivery({
      now,
      settings: doc.settings,
      due: computed.due,
      record: recordOf(doc),
      away,
      lastDigestOn,
      today: digestDue(now, doc.settings, lastDigestOn) ? todaysOneOnOnes(input, now) : [],
    });
    if (delivery.digestOn && !delivery.message) this.quietDigestOn = delivery.digestOn;
    // Written when there is something to record; a folder where nothing ever fell due gets no file.
    const mustSave =
      delivery.message !== null ||
      delivery.fire.length > 0 ||
      (gap !== null && computed.due.length > 0) ||
      (this.file.exists &&
        (delivery.digestOn !== null || now.getTime() - this.lastSaved >= SAVE_LOOK_EVERY_MS));
    let recorded = !mustSave;
    if (mustSave && this.file.writable) {
      const dueIds = new Set(computed.due.map((r) => r.id));
      try {
        const digestOn = delivery.digestOn ?? this.quietDigestOn;
        await this.file.update((d) => record(d, { now, delivery, digestOn, gap, dueIds }));
        this.lastSaved = now.getTime();
        recorded = true;
      } catch (error) {
        // Not recorded, so not shown: it comes with a later look, once the folder can be written.
        this.options.log('The reminders could not be recorded; nothing was shown.', error);
      }
    }
    if (recorded || !gap) this.lastLook = now;
    if (recorded && delivery.message) await this.show(delivery.message);
    const after = this.file.data;
    this.changed(buildView(computed, recordOf(after), after.settings, now, this.status()));
    this.arm(computed, now);
  }

  private async show(message: ReminderMessage): Promise<void> {
    const host = this.options.host;
    if (!host || host.status() !== 'available') return;
    try {
      const shown = await host.show(message);
      if (!shown.ok) this.options.log(`A notification was not shown: ${shown.message}`, null);
    } catch (error) {
      // Recorded already: at most once, never twice.
      this.options.log('A notification failed.', error);
    }
  }

  private arm(computed: ComputedReminders, now: Date): void {
    if (this.stopped) return;
    const doc = this.file.data;
    const candidates = [
      nextChangeAt(computed, recordOf(doc), doc.settings, now),
      nextDigestAt(now, doc.settings),
    ].filter((d): d is Date => d !== null);
    const next = candidates.length ? new Date(Math.min(...candidates.map(Number))) : null;
    this.handle = this.options.timer.setTimeout(
      () => {
        this.handle = null;
        this.wake('timer');
      },
      waitFor(next, now),
    );
  }

  private disarm(): void {
    if (this.handle === null) return;
    this.options.timer.clearTimeout(this.handle);
    this.handle = null;
  }
}

/** The record after one look: fired before shown, the digest's day, the gap, then pruned. */
function record(
  doc: RemindersDocument,
  change: {
    now: Date;
    delivery: ReturnType<typeof planDelivery>;
    /** The day whose digest is settled (sent, or with nothing to say). */
    digestOn: string | null;
    gap: AwaySpan | null;
    dueIds: ReadonlySet<string>;
  },
): RemindersDocument {
  const { now, delivery, digestOn, gap, dueIds } = change;
  const at = now.toISOString();
  const firing = new Set(delivery.fire.map((f) => f.id));
  const cutoff = now.getTime() - KEEP_DAYS * 86_400_000;
  const next: RemindersDocument = {
    ...doc,
    fired: [
      ...doc.fired.filter((f) => !firing.has(f.id)),
      ...delivery.fire.map((f) => ({ id: f.id, at, missed: f.missed })),
    ],
    // A snooze that ended is over once its reminder is shown again.
    snoozes: doc.snoozes.filter((s) => !firing.has(s.id)),
    away: [...doc.away, ...(gap ? [gap] : [])]
      .filter((span) => Date.parse(span.to) >= cutoff)
      .slice(-100),
    lastCheckedAt: at,
    lastDigestOn:
      digestOn !== null && (doc.lastDigestOn === null || digestOn > doc.lastDigestOn)
        ? digestOn
        : doc.lastDigestOn,
  };
  return pruneRecord(next, dueIds, now);
}
