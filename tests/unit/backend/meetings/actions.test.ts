import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../../electron/backend/create-backend';
import { createPerson, errorOf, startBackend, valueOf } from '../../helpers/backend';
import {
  getMeeting,
  openOccurrence,
  personFile,
  storedDocument,
  withPerson,
} from '../../helpers/meetings';
import { fixedClock } from '../../helpers/people';
import { useTempDir } from '../../helpers/temp-dir';

async function addAction(
  backend: Backend,
  personId: string,
  input: { text: string; due?: string | null; meetingId?: string | null },
): Promise<string> {
  const { id } = valueOf<{ id: string }>(
    await backend.invoke('actions:add', { personId, owner: 'report', ...input }),
  );
  return id;
}

describe('action items', () => {
  const dir = useTempDir();

  it('shows an action due in the past as overdue in every following 1:1 until it is done', async () => {
    const { backend, personId } = await withPerson(dir());
    const next = await openOccurrence(backend, personId, '2026-11-24');
    const later = await openOccurrence(backend, personId, '2026-12-01');
    const id = await addAction(backend, personId, {
      text: 'Update refund macro',
      due: '2026-11-10',
    });

    for (const meeting of [next, later]) {
      const view = await getMeeting(backend, personId, meeting.meeting.id);
      expect(view.actions).toHaveLength(1);
      expect(view.actions[0]).toMatchObject({
        id,
        text: 'Update refund macro',
        owner: 'report',
        doneAt: null,
        overdue: true,
        daysOverdue: 8,
      });
    }

    valueOf(await backend.invoke('actions:setDone', { personId, actionId: id, done: true }));
    const stored = (await storedDocument(dir(), personId)).actionItems[0];
    expect(stored?.doneAt).toBe(fixedClock().toISOString());
    // Until a 1:1 concludes, the next one shows it ticked off rather than open.
    const view = await getMeeting(backend, personId, later.meeting.id);
    expect(view.actions.map((a) => [a.id, a.doneAt, a.overdue])).toEqual([
      [id, stored?.doneAt, false],
    ]);
  });

  it('drops a done action from the 1:1s after the one that concluded since', async () => {
    let now = new Date('2026-11-18T09:00:00');
    const backend = await startBackend(dir(), { clock: () => now });
    const { person } = await createPerson(backend);
    const personId = person.id;
    const past = await openOccurrence(backend, personId, '2026-11-17');
    const next = await openOccurrence(backend, personId, '2026-11-24');
    const id = await addAction(backend, personId, { text: 'Shadow tier 2', due: '2026-11-10' });
    valueOf(await backend.invoke('actions:setDone', { personId, actionId: id, done: true }));

    now = new Date('2026-11-18T09:30:00');
    await backend.invoke('meetings:setStatus', {
      personId,
      meetingId: past.meeting.id,
      status: 'held',
    });
    expect((await getMeeting(backend, personId, next.meeting.id)).actions).toEqual([]);
  });

  it('rolls an undone action back into the next 1:1', async () => {
    const { backend, personId } = await withPerson(dir());
    const { meeting } = await openOccurrence(backend, personId, '2026-12-01');
    const id = await addAction(backend, personId, { text: 'Shadow tier 2' });
    valueOf(await backend.invoke('actions:setDone', { personId, actionId: id, done: true }));
    valueOf(await backend.invoke('actions:setDone', { personId, actionId: id, done: false }));

    const view = await getMeeting(backend, personId, meeting.id);
    expect(view.actions.map((a) => [a.id, a.overdue, a.doneAt])).toEqual([[id, false, null]]);
  });

  it('lists the most overdue action first', async () => {
    const { backend, personId } = await withPerson(dir());
    const { meeting } = await openOccurrence(backend, personId, '2026-11-24');
    await addAction(backend, personId, { text: 'No date' });
    await addAction(backend, personId, { text: 'Two days late', due: '2026-11-16' });
    await addAction(backend, personId, { text: 'Due next week', due: '2026-11-25' });
    await addAction(backend, personId, { text: 'Nine days late', due: '2026-11-09' });

    const view = await getMeeting(backend, personId, meeting.id);
    expect(view.actions.map((a) => a.text)).toEqual([
      'Nine days late',
      'Two days late',
      'Due next week',
      'No date',
    ]);
  });

  it('records the meeting an action was agreed in, and refuses an unknown meeting', async () => {
    const { backend, personId } = await withPerson(dir());
    const { meeting } = await openOccurrence(backend, personId, '2026-11-24');
    await addAction(backend, personId, { text: 'Book training', meetingId: meeting.id });
    expect((await storedDocument(dir(), personId)).actionItems[0]?.createdInMeetingId).toBe(
      meeting.id,
    );

    const bytes = await readFile(personFile(dir(), personId));
    const error = errorOf(
      await backend.invoke('actions:add', {
        personId,
        text: 'Orphan',
        owner: 'lead',
        meetingId: 'no-such-meeting',
      }),
    );
    expect(error.code).toBe('not_found');
    expect(await readFile(personFile(dir(), personId))).toEqual(bytes);
  });

  it('actions:remove deletes the action; an unknown id is not_found', async () => {
    const { backend, personId } = await withPerson(dir());
    const id = await addAction(backend, personId, { text: 'Temporary' });
    valueOf(await backend.invoke('actions:remove', { personId, actionId: id }));
    expect((await storedDocument(dir(), personId)).actionItems).toEqual([]);
    const error = errorOf(await backend.invoke('actions:remove', { personId, actionId: id }));
    expect(error.code).toBe('not_found');
  });
});
