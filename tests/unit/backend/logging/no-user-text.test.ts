import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { fileEventLog } from '../../../../electron/backend/logging/event-log';
import type { MeetingView } from '../../../../shared/ipc/channels/meetings';
import { createPerson, errorOf, startBackend, valueOf } from '../../helpers/backend';
import { fixedClock } from '../../helpers/people';
import { listNames, useTempDir } from '../../helpers/temp-dir';

/** Text a lead wrote. None of it, not even one word of it, may reach the log. */
const MARKER = 'Zebracorn';
const SECRET = `Priya ${MARKER} said she is thinking of leaving`;

describe('the log a lead can send', () => {
  const dir = useTempDir();

  async function backendWithLog(options: Parameters<typeof startBackend>[1] = {}) {
    const logs = join(dir(), 'logs');
    const eventLog = fileEventLog({ dir: logs, clock: fixedClock, maxBytes: 2_000, keep: 2 });
    const backend = await startBackend(join(dir(), 'data'), {
      eventLog,
      log: () => undefined,
      ...options,
    });
    const read = async () => {
      const names = await listNames(logs);
      const texts = await Promise.all(names.map((n) => readFile(join(logs, n), 'utf8')));
      return texts.join('');
    };
    return { backend, read };
  }

  it('holds channels, codes and ids, and no name, note, input or error message', async () => {
    const open = vi.fn(async (): Promise<{ ok: true }> => {
      throw new Error(`File manager refused: ${SECRET}`);
    });
    const { backend, read } = await backendWithLog({ logFolder: { path: '/logs', open } });

    // Everyday use with the marker in every text field.
    const person = await createPerson(backend, { name: `${MARKER} Raman`, note: SECRET });
    const personId = person.person.id;
    const meeting = valueOf<MeetingView>(
      await backend.invoke('meetings:open', { personId, occurrence: '2026-11-24' }),
    );
    await backend.invoke('meetings:saveNotes', {
      personId,
      meetingId: meeting.meeting.id,
      notes: SECRET,
      privateNotes: SECRET,
    });

    // Refused inputs carrying the marker: too long, wrong type, unknown ids, a duplicate name.
    errorOf(await backend.invoke('people:create', { name: SECRET.repeat(10), cadence: 'x' }));
    errorOf(await backend.invoke('people:get', { id: MARKER }));
    errorOf(
      await backend.invoke('people:create', {
        name: `${MARKER} Raman`,
        cadence: person.person.cadence,
      }),
    );
    errorOf(
      await backend.invoke('meetings:saveNotes', { personId, meetingId: MARKER, notes: SECRET }),
    );
    // A failure inside, whose message holds the marker.
    errorOf(await backend.invoke('app:openLogFolder', undefined));
    // Renderer reports trying to smuggle text.
    errorOf(
      await backend.invoke('app:reportError', {
        kind: 'render',
        errorName: SECRET,
        component: MARKER,
        message: SECRET,
      }),
    );
    valueOf(
      await backend.invoke('app:reportError', {
        kind: 'render',
        errorName: 'TypeError',
        component: 'MeetingPage',
      }),
    );

    const log = await read();
    expect(log).not.toMatch(new RegExp(MARKER, 'i'));
    expect(log).not.toContain('Priya');
    expect(log).not.toContain('leaving');

    const events = log
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(events).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          event: 'ipc:refused',
          channel: 'people:create',
          code: 'invalid_input',
        }),
        expect.objectContaining({
          event: 'ipc:refused',
          channel: 'people:get',
          code: 'not_found',
        }),
        expect.objectContaining({
          event: 'ipc:refused',
          channel: 'people:create',
          code: 'conflict',
        }),
        expect.objectContaining({
          event: 'ipc:refused',
          channel: 'meetings:saveNotes',
          ids: { personId },
        }),
        expect.objectContaining({
          event: 'ipc:failed',
          level: 'error',
          channel: 'app:openLogFolder',
          code: 'internal',
          errorName: 'Error',
        }),
        expect.objectContaining({ event: 'ipc:refused', channel: 'app:reportError' }),
        expect.objectContaining({
          event: 'renderer:error',
          kind: 'render',
          errorName: 'TypeError',
          component: 'MeetingPage',
        }),
      ]),
    );
  });

  it('stays within its cap however much is logged', async () => {
    const { backend } = await backendWithLog();
    for (let i = 0; i < 100; i++) await backend.invoke('people:get', { id: '' });
    const names = await listNames(join(dir(), 'logs'));
    expect(names).toEqual(['coachbook.1.log', 'coachbook.2.log', 'coachbook.log']);
    for (const name of names) {
      const text = await readFile(join(dir(), 'logs', name), 'utf8');
      expect(Buffer.byteLength(text)).toBeLessThanOrEqual(2_000);
    }
  });
});
