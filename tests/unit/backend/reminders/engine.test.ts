import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../../electron/backend/create-backend';
import type { RemindersView } from '../../../../shared/model/reminders';
import { startBackend, valueOf } from '../../helpers/backend';
import { personInput, weeklyCadence } from '../../helpers/people';
import { useTempDir } from '../../helpers/temp-dir';
import { FakeTimer, MovableClock, recordingHost } from './harness';

const PREP = (id: string) => `meeting_prep:${id}:2026-11-18:2026-11-18T13:00`;
const SOON = (id: string) => `meeting_soon:${id}:2026-11-18:2026-11-18T13:00`;

/** A backend on a movable clock and fake timer, with Sam met on Wednesdays at 13:00. */
async function start(dir: string, at = '2026-11-18T09:00', host = recordingHost()) {
  const time = new MovableClock(at);
  const timer = new FakeTimer(time);
  const backend = await startBackend(dir, { clock: time.clock, timer, notifications: host });
  const settle = () => backend.reminders.settled();
  return { time, timer, host, backend, settle };
}

async function addSam(backend: Backend): Promise<string> {
  const cadence = weeklyCadence({ weekday: 3, time: '13:00', startsOn: '2026-11-18' });
  const created = valueOf<{ person: { id: string } }>(
    await backend.invoke('people:create', personInput({ cadence })),
  );
  await backend.reminders.settled();
  return created.person.id;
}

const list = async (backend: Backend) =>
  valueOf<RemindersView>(await backend.invoke('reminders:list', {}));

describe('the reminder engine', () => {
  const dir = useTempDir();

  it('shows each reminder once, at its time, and the bell lists it', async () => {
    const { backend, timer, host, settle } = await start(dir());
    const id = await addSam(backend);
    let changes = 0;
    backend.reminders.onChanged(() => changes++);
    await timer.runUntil('2026-11-18T11:59', settle);
    expect(host.shown).toEqual([]);
    await timer.runUntil('2026-11-18T13:05', settle);
    expect(host.shown.map((n) => n.id)).toEqual([PREP(id), SOON(id)]);
    expect(host.shown[1]).toMatchObject({
      title: '1:1 with Sam Lee at 13:00',
      route: `/team/${id}/occurrence/2026-11-18`,
    });
    expect(changes).toBeGreaterThanOrEqual(2);
    expect((await list(backend)).reminders.map((r) => [r.id, r.status])).toEqual([
      [SOON(id), 'due'],
      [PREP(id), 'due'],
    ]);
    await backend.close();
  });

  it('after nine hours asleep, one "While you were away" on resume; a second resume adds nothing', async () => {
    const { backend, time, timer, host, settle } = await start(dir(), '2026-11-18T08:40');
    const id = await addSam(backend);
    time.set('2026-11-18T17:40');
    backend.reminders.wake('resume');
    backend.reminders.wake('resume');
    await settle();
    backend.reminders.wake('resume');
    await settle();
    await timer.runUntil('2026-11-18T17:50', settle);
    expect(host.shown).toHaveLength(1);
    expect(host.shown[0]).toMatchObject({ title: 'While you were away: 2 reminders', route: '/' });
    expect(host.shown[0]!.reminderIds).toEqual([PREP(id), SOON(id)]);
    const view = await list(backend);
    expect(view.reminders.map((r) => r.status)).toEqual(['missed', 'missed']);
    await backend.close();
  });

  it('catches up after a clock jump with no resume event, at the next tick', async () => {
    const { backend, time, timer, host, settle } = await start(dir(), '2026-11-18T08:40');
    await addSam(backend);
    time.set('2026-11-18T17:40');
    await timer.fireNext(settle);
    expect(host.shown.map((n) => n.title)).toEqual(['While you were away: 2 reminders']);
    await backend.close();
  });

  it('records before showing: a show that fails, then a restart, never shows it twice', async () => {
    const failing = recordingHost({
      show: () => Promise.reject(new Error('crashed while showing')),
    });
    const first = await start(dir(), '2026-11-18T11:58', failing);
    const id = await addSam(first.backend);
    await first.timer.runUntil('2026-11-18T12:01', first.settle);
    expect(failing.shown.map((n) => n.id)).toEqual([PREP(id)]);
    // No close: the second opener takes the folder over, as after a crash.
    const second = await start(dir(), '2026-11-18T12:01');
    await second.settle();
    await second.timer.runUntil('2026-11-18T12:30', second.settle);
    expect(second.host.shown).toEqual([]);
    await second.timer.runUntil('2026-11-18T12:51', second.settle);
    expect(second.host.shown.map((n) => n.id)).toEqual([SOON(id)]);
    await second.backend.close();
    const third = await start(dir(), '2026-11-18T12:52');
    await third.timer.runUntil('2026-11-18T13:30', third.settle);
    expect(third.host.shown).toEqual([]);
    await third.backend.close();
  });

  it('never asks for a timer over a minute (far below 2^31-1 ms); idle, at most 60 wake-ups an hour', async () => {
    const { backend, timer, settle } = await start(dir(), '2026-11-18T00:00');
    await timer.runUntil('2026-11-19T00:00', settle);
    expect(Math.max(...timer.requested)).toBeLessThanOrEqual(60_000);
    expect(timer.fired).toBeLessThanOrEqual(24 * 60);
    expect(timer.fired).toBeGreaterThanOrEqual(24 * 60 - 2);
    expect(timer.pending).toBe(1);
    await backend.close();
    expect(timer.pending).toBe(0);
  });

  it('snoozed stays snoozed until its time, then comes back once', async () => {
    const { backend, timer, host, settle } = await start(dir(), '2026-11-18T11:58');
    const id = await addSam(backend);
    await timer.runUntil('2026-11-18T12:00', settle);
    const snoozed = valueOf<RemindersView>(
      await backend.invoke('reminders:snooze', { id: PREP(id), for: '10m' }),
    );
    expect(snoozed.reminders).toMatchObject([
      { id: PREP(id), status: 'snoozed', snoozedUntil: new Date('2026-11-18T12:10').toISOString() },
    ]);
    await timer.runUntil('2026-11-18T12:09', settle);
    expect(host.shown.map((n) => n.id)).toEqual([PREP(id)]);
    await timer.runUntil('2026-11-18T12:11', settle);
    expect(host.shown.map((n) => n.id)).toEqual([PREP(id), PREP(id)]);
    await timer.runUntil('2026-11-18T12:40', settle);
    expect(host.shown).toHaveLength(2);
    expect((await list(backend)).reminders).toMatchObject([{ id: PREP(id), status: 'due' }]);
    const gone = await backend.invoke('reminders:snooze', { id: 'meeting_soon:x:y', for: '1h' });
    expect(gone).toMatchObject({ ok: false, error: { code: 'not_found' } });
    await backend.close();
  });

  it('dismissed reminders leave the bell and are never shown', async () => {
    const { backend, timer, host, settle } = await start(dir(), '2026-11-18T11:58');
    const id = await addSam(backend);
    await timer.runUntil('2026-11-18T12:00', settle);
    const view = valueOf<RemindersView>(
      await backend.invoke('reminders:dismiss', { ids: [PREP(id), SOON(id)] }),
    );
    expect(view.reminders).toEqual([]);
    await timer.runUntil('2026-11-18T13:30', settle);
    expect(host.shown.map((n) => n.id)).toEqual([PREP(id)]);
    await backend.close();
  });

  it('a pause holds everything until it ends, then one notification', async () => {
    const { backend, timer, host, settle } = await start(dir(), '2026-11-18T11:55');
    await addSam(backend);
    const view = valueOf<RemindersView>(await backend.invoke('reminders:pause', { minutes: 120 }));
    expect(view.pausedUntil).toBe(new Date('2026-11-18T13:55').toISOString());
    await timer.runUntil('2026-11-18T13:54', settle);
    expect(host.shown).toEqual([]);
    await timer.runUntil('2026-11-18T13:56', settle);
    expect(host.shown.map((n) => n.title)).toEqual(['2 reminders']);
    await backend.close();
  });

  it('a time-zone change moves the instants but never shows an occurrence twice', async () => {
    const previous = process.env.TZ;
    process.env.TZ = 'Europe/Berlin';
    try {
      const { backend, timer, host, settle } = await start(dir(), '2026-11-18T12:49');
      const id = await addSam(backend);
      await timer.runUntil('2026-11-18T12:51', settle);
      expect(host.shown.map((n) => n.id)).toEqual([PREP(id), SOON(id)]);
      process.env.TZ = 'Europe/London'; // an hour behind: 11:51 there, Sam's 1:1 still at 13:00 local
      backend.reminders.wake('time zone');
      await settle();
      await timer.runUntil('2026-11-18T14:10:00Z', settle);
      expect(host.shown.map((n) => n.id)).toEqual([PREP(id), SOON(id)]);
      await backend.close();
    } finally {
      if (previous === undefined) delete process.env.TZ;
      else process.env.TZ = previous;
    }
  });

  it('without a host the bell still lists them; a data folder with nothing due gets no file', async () => {
    const time = new MovableClock('2026-11-18T09:00');
    const timer = new FakeTimer(time);
    const backend = await startBackend(dir(), { clock: time.clock, timer });
    await backend.reminders.settled();
    await expect(readFile(join(dir(), 'reminders.json'), 'utf8')).rejects.toThrow();
    const id = await addSam(backend);
    await timer.runUntil('2026-11-18T12:51', () => backend.reminders.settled());
    const view = await list(backend);
    expect(view.notifications).toBe('unsupported');
    expect(view.reminders.map((r) => r.id)).toEqual([SOON(id), PREP(id)]);
    const stored = JSON.parse(await readFile(join(dir(), 'reminders.json'), 'utf8')) as {
      schemaVersion: number;
      fired: { id: string }[];
    };
    expect(stored.schemaVersion).toBe(1);
    expect(stored.fired.map((f) => f.id).sort()).toEqual([PREP(id), SOON(id)].sort());
    await backend.close();
  });

  it('a damaged reminders.json is restored from its backup', async () => {
    const first = await start(dir(), '2026-11-18T09:00');
    const settings = valueOf<Record<string, unknown>>(
      await first.backend.invoke('reminders:settings', {}),
    );
    await first.backend.invoke('reminders:saveSettings', {
      ...settings,
      digest: { enabled: true, time: '09:15', days: [1, 2, 3, 4, 5] },
    });
    await first.backend.close();
    await writeFile(join(dir(), 'reminders.json'), '{ not json');
    const second = await start(dir(), '2026-11-18T09:05');
    const restored = valueOf<{ digest: { time: string } }>(
      await second.backend.invoke('reminders:settings', {}),
    );
    expect(restored.digest.time).toBe('09:15');
    await second.backend.close();
  });
});
