import { addMinutes } from 'date-fns';
import { snoozeUntil } from '../../../shared/domain/reminders/timing';
import { AppError } from '../../../shared/ipc/errors';
import type {
  ReminderSettings,
  RemindersView,
  SnoozeChoice,
} from '../../../shared/model/reminders';
import type { Clock } from '../clock';
import type { NotificationHost } from '../context';
import type { ReminderEngine } from './engine';

export type TestResult = { ok: true } | { ok: false; message: string };

const UNAVAILABLE = 'Notifications are not available here';

/** What the bell and Settings do: list, snooze, dismiss, pause, settings, a test notification. */
export class RemindersService {
  constructor(
    private readonly engine: ReminderEngine,
    private readonly clock: Clock,
    private readonly host?: NotificationHost,
  ) {}

  list(): RemindersView {
    return this.engine.view();
  }

  async snooze(id: string, choice: SnoozeChoice): Promise<RemindersView> {
    const now = this.clock();
    const { file } = this.engine;
    const due = this.engine.compute(now).due.some((r) => r.id === id);
    if (!due || file.data.dismissed.some((d) => d.id === id)) {
      throw new AppError(
        'not_found',
        'This reminder is no longer due, so there is nothing to snooze.',
      );
    }
    const until = snoozeUntil(choice, now, file.data.settings).toISOString();
    await file.update((d) => {
      d.snoozes = [...d.snoozes.filter((s) => s.id !== id), { id, until }];
    });
    return this.afterChange();
  }

  /** Dismissed reminders leave the bell for good; ids no longer due are simply ignored. */
  async dismiss(ids: string[]): Promise<RemindersView> {
    const at = this.clock().toISOString();
    const gone = new Set(ids);
    await this.engine.file.update((d) => {
      const known = new Set(d.dismissed.map((x) => x.id));
      d.dismissed = [
        ...d.dismissed,
        ...[...gone].filter((id) => !known.has(id)).map((id) => ({ id, at })),
      ];
      d.snoozes = d.snoozes.filter((s) => !gone.has(s.id));
    });
    return this.afterChange();
  }

  settings(): ReminderSettings {
    return this.engine.file.data.settings;
  }

  /** Saves what Settings shows; a pause stays as it is (the tray and `pause` own it). */
  async saveSettings(settings: ReminderSettings): Promise<ReminderSettings> {
    const next = await this.engine.file.update((d) => {
      d.settings = { ...settings, pausedUntil: d.settings.pausedUntil };
    });
    this.afterChange();
    return next.settings;
  }

  async pause(minutes: number): Promise<RemindersView> {
    const until = minutes > 0 ? addMinutes(this.clock(), minutes).toISOString() : null;
    await this.engine.file.update((d) => {
      d.settings.pausedUntil = until;
    });
    return this.afterChange();
  }

  async test(): Promise<TestResult> {
    const host = this.host;
    if (!host) {
      return {
        ok: false,
        message: `${UNAVAILABLE}: this is not the desktop app. Reminders still appear in the bell.`,
      };
    }
    const status = host.status();
    if (status === 'unsupported') {
      return {
        ok: false,
        message: `${UNAVAILABLE}: this system does not support them. Reminders still appear in the bell.`,
      };
    }
    if (status === 'denied') {
      return {
        ok: false,
        message: `${UNAVAILABLE}: the system blocks them for Coachbook. Allow them in the system's notification settings; reminders still appear in the bell.`,
      };
    }
    try {
      const shown = await host.show({
        id: `test:${this.clock().toISOString()}`,
        title: 'Coachbook reminders work',
        body: 'Reminders will look like this. A click opens the screen they are about.',
        route: '/settings',
      });
      return shown.ok ? shown : { ok: false, message: `${UNAVAILABLE}: ${shown.message}` };
    } catch (error) {
      const reason =
        error instanceof Error && error.message ? error.message : 'the system did not show it';
      return { ok: false, message: `${UNAVAILABLE}: ${reason}` };
    }
  }

  /** Re-plans the timer and tells the bell; answers the view as it is now. */
  private afterChange(): RemindersView {
    const view = this.engine.view();
    this.engine.changed(view);
    this.engine.wake('change');
    return view;
  }
}
