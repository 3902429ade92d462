import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../../electron/backend/create-backend';
import type { MeetingView } from '../../../../shared/ipc/channels/meetings';
import type { AgendaPoint } from '../../../../shared/model/meeting';
import type { Brief } from '../../../../shared/model/brief';
import { errorOf, valueOf } from '../../helpers/backend';
import {
  addPoints,
  openOccurrence,
  personFile,
  storedDocument,
  upcoming,
  withPerson,
} from '../../helpers/meetings';
import { useTempDir } from '../../helpers/temp-dir';

const setStatus = async (b: Backend, personId: string, meetingId: string, status: string) =>
  valueOf<MeetingView>(await b.invoke('meetings:setStatus', { personId, meetingId, status }));

async function waiting(backend: Backend, personId: string): Promise<string[]> {
  const brief = valueOf<Brief>(await backend.invoke('brief:get', { personId }));
  return brief.waitingPoints.map((p) => p.text);
}

describe('meetings:setStatus', () => {
  const dir = useTempDir();

  it('held: open points carry over to the next 1:1, resolved ones do not', async () => {
    const { backend, personId } = await withPerson(dir());
    const [rota, budget] = await addPoints(backend, personId, 'Weekend rota', 'Training budget');
    const first = await openOccurrence(backend, personId, '2026-11-17');
    const meetingId = first.meeting.id;
    valueOf(
      await backend.invoke('points:resolve', {
        personId,
        meetingId,
        pointId: budget,
        resolved: true,
      }),
    );

    const held = await setStatus(backend, personId, meetingId, 'held');
    expect(held.meeting.status).toBe('held');
    expect(held.points.map((p) => [p.text, p.carriedOver])).toEqual([
      ['Weekend rota', false],
      ['Training budget', false],
    ]);
    const stored = await storedDocument(dir(), personId);
    expect(stored.talkingPoints.map((p) => p.discussedIn)).toEqual([[meetingId], [meetingId]]);

    const next = await openOccurrence(backend, personId, '2026-11-24');
    expect(next.points.map((p: AgendaPoint) => [p.id, p.carriedOver])).toEqual([[rota, true]]);
    expect(next.previous).toEqual({ id: meetingId, at: '2026-11-17T10:00' });
  });

  it('un-holding a meeting takes the carried-over mark back', async () => {
    const { backend, personId } = await withPerson(dir());
    await addPoints(backend, personId, 'Weekend rota');
    const { meeting } = await openOccurrence(backend, personId, '2026-11-17');
    await setStatus(backend, personId, meeting.id, 'held');
    await setStatus(backend, personId, meeting.id, 'planned');

    const next = await openOccurrence(backend, personId, '2026-11-24');
    expect(next.points.map((p) => p.carriedOver)).toEqual([false]);
    expect(next.previous).toBeNull();
  });

  it.each(['cancelled', 'missed'])(
    '%s without a reason: invalid_input on the reason field, nothing written',
    async (status) => {
      const { backend, personId } = await withPerson(dir());
      const { meeting } = await openOccurrence(backend, personId, '2026-11-24');
      const bytes = await readFile(personFile(dir(), personId));

      const error = errorOf(
        await backend.invoke('meetings:setStatus', { personId, meetingId: meeting.id, status }),
      );
      expect(error.code).toBe('invalid_input');
      expect(error.fields).toHaveProperty('reason');
      expect(await readFile(personFile(dir(), personId))).toEqual(bytes);
    },
  );

  it('cancelled with a reason keeps the reason and leaves the upcoming list', async () => {
    const { backend, personId } = await withPerson(dir());
    const { meeting } = await openOccurrence(backend, personId, '2026-11-24');
    const view = valueOf<MeetingView>(
      await backend.invoke('meetings:setStatus', {
        personId,
        meetingId: meeting.id,
        status: 'cancelled',
        reason: 'Sick day',
      }),
    );
    expect(view.meeting).toMatchObject({ status: 'cancelled', statusReason: 'Sick day' });
    expect((await upcoming(backend, personId))[0]).toBe('2026-12-01 @ 2026-12-01T10:00');
  });
});

describe('talking points', () => {
  const dir = useTempDir();

  it('points:add answers with every open point, in the order they were added', async () => {
    const { backend, personId } = await withPerson(dir());
    await addPoints(backend, personId, 'One');
    const points = valueOf<AgendaPoint[]>(
      await backend.invoke('points:add', { personId, text: '  Two  ', from: 'report' }),
    );
    expect(points.map((p) => [p.text, p.from, p.carriedOver])).toEqual([
      ['One', 'lead', false],
      ['Two', 'report', false],
    ]);
  });

  it('points:move swaps with the neighbour and does nothing at the edges', async () => {
    const { backend, personId } = await withPerson(dir());
    const [a, , c] = await addPoints(backend, personId, 'A', 'B', 'C');
    valueOf(await backend.invoke('points:move', { personId, pointId: c, direction: 'up' }));
    expect(await waiting(backend, personId)).toEqual(['A', 'C', 'B']);

    valueOf(await backend.invoke('points:move', { personId, pointId: a, direction: 'up' }));
    expect(await waiting(backend, personId)).toEqual(['A', 'C', 'B']);
    valueOf(await backend.invoke('points:move', { personId, pointId: c, direction: 'down' }));
    expect(await waiting(backend, personId)).toEqual(['A', 'B', 'C']);
    valueOf(await backend.invoke('points:move', { personId, pointId: c, direction: 'down' }));
    expect(await waiting(backend, personId)).toEqual(['A', 'B', 'C']);
  });

  it('points:resolve ticks a point off in a meeting and can undo it', async () => {
    const { backend, personId } = await withPerson(dir());
    const [a] = await addPoints(backend, personId, 'A', 'B');
    const { meeting } = await openOccurrence(backend, personId, '2026-11-24');
    const resolve = (resolved: boolean) =>
      backend.invoke('points:resolve', { personId, meetingId: meeting.id, pointId: a, resolved });

    valueOf(await resolve(true));
    expect(await waiting(backend, personId)).toEqual(['B']);
    const stored = (await storedDocument(dir(), personId)).talkingPoints[0];
    expect(stored).toMatchObject({ resolvedInMeetingId: meeting.id });
    expect(stored?.resolvedAt).not.toBeNull();

    valueOf(await resolve(false));
    expect(await waiting(backend, personId)).toEqual(['A', 'B']);
  });

  it('points:remove removes only the point it names', async () => {
    const { backend, personId } = await withPerson(dir());
    const [, b] = await addPoints(backend, personId, 'A', 'B');
    valueOf(await backend.invoke('points:remove', { personId, pointId: b }));
    expect(await waiting(backend, personId)).toEqual(['A']);
    expect((await storedDocument(dir(), personId)).talkingPoints).toHaveLength(1);
  });

  it('answers not_found for an unknown point or meeting and writes nothing', async () => {
    const { backend, personId } = await withPerson(dir());
    const [a] = await addPoints(backend, personId, 'A');
    const bytes = await readFile(personFile(dir(), personId));
    const calls: [string, object][] = [
      ['points:remove', { personId, pointId: 'nope' }],
      ['points:move', { personId, pointId: 'nope', direction: 'up' }],
      ['points:resolve', { personId, meetingId: 'nope', pointId: a, resolved: true }],
    ];
    for (const [channel, input] of calls) {
      expect(errorOf(await backend.invoke(channel, input)).code, channel).toBe('not_found');
    }
    expect(await readFile(personFile(dir(), personId))).toEqual(bytes);
  });
});
