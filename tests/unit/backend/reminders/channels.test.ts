import { describe, expect, it } from 'vitest';
import type { ReminderSettings } from '../../../../shared/model/reminders';
import { errorOf, startBackend, valueOf } from '../../helpers/backend';
import { useTempDir } from '../../helpers/temp-dir';
import { FakeTimer, MovableClock, recordingHost } from './harness';

async function backendWith(dir: string, notifications?: ReturnType<typeof recordingHost>) {
  const time = new MovableClock('2026-11-18T09:00');
  return startBackend(dir, { clock: time.clock, timer: new FakeTimer(time), notifications });
}

describe('reminders channels', () => {
  const dir = useTempDir();

  it('reminders:test shows a test notification, or says plainly why not', async () => {
    const none = await backendWith(dir());
    expect(valueOf(await none.invoke('reminders:test', {}))).toEqual({
      ok: false,
      message: expect.stringMatching(
        /^Notifications are not available here: this is not the desktop app/,
      ),
    });
    await none.close();
    const host = recordingHost();
    const ok = await backendWith(dir(), host);
    expect(valueOf(await ok.invoke('reminders:test', {}))).toEqual({ ok: true });
    expect(host.shown).toMatchObject([{ title: 'Coachbook reminders work', route: '/settings' }]);
    await ok.close();
    const refusing = await backendWith(
      dir(),
      recordingHost({ show: async () => ({ ok: false, message: 'the OS said no' }) }),
    );
    expect(valueOf(await refusing.invoke('reminders:test', {}))).toEqual({
      ok: false,
      message: 'Notifications are not available here: the OS said no',
    });
    await refusing.close();
    const denied = await backendWith(dir(), recordingHost({ status: 'denied' }));
    expect(valueOf<{ message: string }>(await denied.invoke('reminders:test', {})).message).toMatch(
      /blocks them for Coachbook/,
    );
    await denied.close();
  });

  it('saves settings after checking them, keeps a pause, and refuses bad input next to the field', async () => {
    const backend = await backendWith(dir());
    const settings = valueOf<ReminderSettings>(await backend.invoke('reminders:settings', {}));
    expect(settings.kinds.meeting_soon).toEqual({ enabled: true, lead: 10 });
    await backend.invoke('reminders:pause', { minutes: 60 });
    const bad = errorOf(
      await backend.invoke('reminders:saveSettings', {
        ...settings,
        kinds: { ...settings.kinds, meeting_soon: { enabled: true, lead: -5 } },
      }),
    );
    expect(bad.code).toBe('invalid_input');
    expect(Object.values(bad.fields ?? {})).toContain('Use 0 or more.');
    const saved = valueOf<ReminderSettings>(
      await backend.invoke('reminders:saveSettings', {
        ...settings,
        kinds: { ...settings.kinds, meeting_soon: { enabled: true, lead: 15 } },
        pausedUntil: null,
      }),
    );
    expect(saved.kinds.meeting_soon.lead).toBe(15);
    expect(saved.pausedUntil).toBe(new Date('2026-11-18T10:00').toISOString());
    expect(errorOf(await backend.invoke('reminders:pause', { minutes: 99_999 })).message).toMatch(
      /at most a week/,
    );
    await backend.close();
  });
});
