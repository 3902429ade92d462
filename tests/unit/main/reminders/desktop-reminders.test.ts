import type { BrowserWindow as ElectronWindow, WebContents } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Backend } from '../../../../electron/backend/create-backend';
import { desktopReminders } from '../../../../electron/main/reminders/desktop-reminders';
import type { RemindersView } from '../../../../shared/model/reminders';
import { createPerson, startBackend, valueOf } from '../../helpers/backend';
import { weeklyCadence } from '../../helpers/people';
import { useTempDir } from '../../helpers/temp-dir';
import { BrowserWindow, Notification, powerMonitor, resetFakeElectron } from '../fake-electron';

vi.mock('electron', () => import('../fake-electron'));

/** The engine's timer never fires by itself here: the test wakes it (data changes, resume). */
const idleTimer = { setTimeout: () => 0, clearTimeout: () => undefined };

describe('desktop reminders, end to end in the main process', () => {
  const dir = useTempDir();
  let backend: Backend | undefined;
  let stop: () => void = () => undefined;
  beforeEach(() => resetFakeElectron());
  afterEach(async () => {
    stop();
    await backend?.close();
    backend = undefined;
  });

  async function setup() {
    let now = '2026-11-18T09:29:00'; // a Wednesday
    const reminders = desktopReminders({ platform: 'darwin', log: vi.fn() });
    backend = await startBackend(dir(), {
      clock: () => new Date(now),
      notifications: reminders.notifications,
      timer: idleTimer,
    });
    let main: BrowserWindow | null = null;
    // As index.ts's openMain: the window is made if it was closed, then shown and focused.
    const openMain = vi.fn(() => {
      main ??= new BrowserWindow({});
      main.show();
      main.focus();
      return main as unknown as ElectronWindow;
    });
    const tray = { showReminders: vi.fn() };
    const ownWindows = () =>
      BrowserWindow.getAllWindows().map((w) => w.webContents) as unknown as WebContents[];
    stop = reminders.attach(backend, { openMain, ownWindows, tray, locale: 'en-GB' });
    const { person } = await createPerson(backend, {
      name: 'Ben Okafor',
      cadence: weeklyCadence({ weekday: 3, time: '10:30', startsOn: '2026-11-18' }),
    });
    return {
      backend,
      personId: person.id,
      openMain,
      tray,
      moveTo: (iso: string) => (now = iso),
      window: () => main,
    };
  }

  it('shows a due reminder without bringing the window forward; a click opens its screen', async () => {
    const { backend, personId, openMain, tray, moveTo } = await setup();
    const capture = new BrowserWindow({}); // any window of ours hears reminders:changed
    moveTo('2026-11-18T09:31:00');
    backend.reminders.wake('test');
    await vi.waitFor(() => expect(Notification.instances).toHaveLength(1));
    const shown = Notification.instances[0]!;
    expect(shown.options).toMatchObject({
      title: 'The brief is ready: 1:1 with Ben Okafor at 10:30',
      actions: [
        { type: 'button', text: 'Snooze 10 min' },
        { type: 'button', text: 'Dismiss' },
      ],
    });
    expect(openMain).not.toHaveBeenCalled();
    await vi.waitFor(() =>
      expect(capture.webContents.send).toHaveBeenCalledWith('reminders:changed', {}),
    );
    await vi.waitFor(() =>
      expect(tray.showReminders).toHaveBeenLastCalledWith({
        next: '1:1 with Ben Okafor at 10:30',
        pausedUntil: null,
      }),
    );

    shown.emit('click', {});
    expect(openMain).toHaveBeenCalledOnce();
    const main = BrowserWindow.instances.at(-1)!;
    expect(main.show).toHaveBeenCalled();
    expect(main.focus).toHaveBeenCalled();
    expect(main.webContents.send).toHaveBeenCalledWith('app:navigate', {
      path: `/team/${personId}/brief`,
    });
  });

  it("snoozes from the notification's button, and a resume after the snooze shows it again", async () => {
    const { backend, openMain, moveTo } = await setup();
    moveTo('2026-11-18T09:31:00');
    backend.reminders.wake('test');
    await vi.waitFor(() => expect(Notification.instances).toHaveLength(1));

    Notification.instances[0]!.emit('action', { actionIndex: 0 });
    await vi.waitFor(async () => {
      const view = valueOf<RemindersView>(await backend.invoke('reminders:list', undefined));
      expect(view.reminders.map((r) => [r.status, r.snoozedUntil])).toEqual([
        ['snoozed', new Date('2026-11-18T09:41:00').toISOString()],
      ]);
    });
    expect(openMain).not.toHaveBeenCalled();

    // Asleep past the snooze: the resume event wakes the engine, which shows it once more.
    moveTo('2026-11-18T09:45:00');
    powerMonitor.emit('resume');
    await vi.waitFor(() => expect(Notification.instances).toHaveLength(2));
    expect(Notification.instances[1]!.options.title).toBe(
      'The brief is ready: 1:1 with Ben Okafor at 10:30',
    );
    powerMonitor.emit('unlock-screen');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(Notification.instances).toHaveLength(2);
  });
});
