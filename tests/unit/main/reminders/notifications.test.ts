import type { Notification as ElectronNotification } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  electronNotificationHost,
  type ReminderResponses,
} from '../../../../electron/main/reminders/notifications';
import { Notification, resetFakeElectron } from '../fake-electron';

vi.mock('electron', () => import('../fake-electron'));

const reminder = {
  id: 'meeting_soon:p-1:2026-11-18T13:00',
  title: '1:1 with Ben Okafor at 13:00',
  body: 'Starts in 10 minutes.',
  route: '/team/p-1/occurrence/2026-11-18',
};

function setup(platform: NodeJS.Platform = 'darwin') {
  const responses: ReminderResponses = { open: vi.fn(), snooze: vi.fn(), dismiss: vi.fn() };
  const host = electronNotificationHost({
    Notification: Notification as unknown as typeof ElectronNotification,
    platform,
    responses,
    answerWithinMs: 50,
  });
  return { host, responses };
}

describe('the notification host', () => {
  beforeEach(() => resetFakeElectron());

  it('shows the title and body under the occurrence id, and keeps it referenced', async () => {
    const { host } = setup();
    expect(await host.show(reminder)).toEqual({ ok: true });
    const [shown] = Notification.instances;
    expect(shown!.options).toMatchObject({
      id: reminder.id,
      title: reminder.title,
      body: reminder.body,
    });
    expect(shown!.show).toHaveBeenCalledOnce();
    expect(host.live.get(reminder.id)).toBe(shown);
  });

  it('opens the reminder screen on a click, then lets the notification go', async () => {
    const { host, responses } = setup();
    await host.show(reminder);
    Notification.instances[0]!.emit('click', {});
    expect(responses.open).toHaveBeenCalledWith(reminder.route);
    expect(host.live.size).toBe(0);
  });

  it('lets a closed notification go without opening anything', async () => {
    const { host, responses } = setup();
    await host.show(reminder);
    Notification.instances[0]!.emit('close', {});
    expect(host.live.size).toBe(0);
    expect(responses.open).not.toHaveBeenCalled();
  });

  it.each(['darwin', 'win32'] as const)(
    'offers Snooze 10 min and Dismiss on %s, which snooze or dismiss without opening',
    async (platform) => {
      const { host, responses } = setup(platform);
      await host.show(reminder);
      const shown = Notification.instances[0]!;
      expect(shown.options.actions).toEqual([
        { type: 'button', text: 'Snooze 10 min' },
        { type: 'button', text: 'Dismiss' },
      ]);
      shown.emit('action', { actionIndex: 0 }, 0);
      expect(responses.snooze).toHaveBeenCalledWith([reminder.id]);
      await host.show({ ...reminder, id: 'other' });
      Notification.instances[1]!.emit('action', { actionIndex: 1 });
      expect(responses.dismiss).toHaveBeenCalledWith(['other']);
      expect(responses.open).not.toHaveBeenCalled();
      expect(host.live.size).toBe(0);
    },
  );

  it('snoozes or dismisses every reminder a digest stands for', async () => {
    const { host, responses } = setup('win32');
    const reminderIds = ['action_overdue:a-1', 'follow_up_due:f-1'];
    await host.show({ ...reminder, id: 'away:2026-11-18T09:00:00.000Z', route: '/', reminderIds });
    Notification.instances[0]!.emit('action', { actionIndex: 0 });
    expect(responses.snooze).toHaveBeenCalledWith(reminderIds);
  });

  it('shows no buttons on Linux, where a click opens the bell entry instead', async () => {
    const { host } = setup('linux');
    await host.show(reminder);
    expect(Notification.instances[0]!.options.actions).toBeUndefined();
  });

  it("reports the system's reason when the notification failed, and lets it go", async () => {
    Notification.failWith = 'The app is not code-signed.';
    const { host } = setup();
    expect(await host.show(reminder)).toEqual({
      ok: false,
      message: 'The app is not code-signed.',
    });
    expect(host.live.size).toBe(0);
  });

  it('says unsupported, and shows nothing, where the system has no notifications', async () => {
    Notification.supported = false;
    const { host } = setup();
    expect(host.status()).toBe('unsupported');
    expect((await host.show(reminder)).ok).toBe(false);
    expect(Notification.instances).toHaveLength(0);
  });

  it('counts a notification as shown when the system says nothing either way', async () => {
    Notification.reportsShow = false;
    const { host } = setup('linux');
    expect(await host.show(reminder)).toEqual({ ok: true });
    expect(host.live.get(reminder.id)).toBe(Notification.instances[0]);
    expect(host.status()).toBe('available');
  });

  it('keeps only the newest notification of one id, and at most 50 in all', async () => {
    const { host } = setup();
    await host.show(reminder);
    await host.show(reminder);
    expect(host.live.get(reminder.id)).toBe(Notification.instances[1]);
    // The first one's late close does not drop the second.
    Notification.instances[0]!.emit('close', {});
    expect(host.live.get(reminder.id)).toBe(Notification.instances[1]);
    for (let i = 0; i < 60; i += 1) await host.show({ ...reminder, id: `r-${i}` });
    expect(host.live.size).toBe(50);
    expect(host.live.has('r-59')).toBe(true);
  });
});
