import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { MeetingView } from '../../../../shared/ipc/channels/meetings';
import { errorOf, startBackend, valueOf } from '../../helpers/backend';
import {
  getMeeting,
  openOccurrence,
  overview,
  personFile,
  storedDocument,
  withPerson,
} from '../../helpers/meetings';
import { fixedClock } from '../../helpers/people';
import { useTempDir } from '../../helpers/temp-dir';

describe('meetings:open', () => {
  const dir = useTempDir();

  it('writes a planned meeting for the occurrence the first time, at its local time', async () => {
    const { backend, personId } = await withPerson(dir());
    const view = await openOccurrence(backend, personId, '2026-11-24');

    expect(view.person).toEqual({ id: personId, name: 'Sam Lee', role: '' });
    expect(view.meeting).toMatchObject({
      occurrence: '2026-11-24',
      at: '2026-11-24T10:00',
      status: 'planned',
      notes: '',
      privateNotes: '',
      mood: null,
    });
    expect(view).toMatchObject({ points: [], actions: [], feedbackToDeliver: [], previous: null });
    const stored = await storedDocument(dir(), personId);
    expect(stored.meetings).toEqual([view.meeting]);
  });

  it('returns the same meeting when opened again, without a second record', async () => {
    const { backend, personId } = await withPerson(dir());
    const first = await openOccurrence(backend, personId, '2026-11-24');
    const bytes = await readFile(personFile(dir(), personId));

    const second = await openOccurrence(backend, personId, '2026-11-24');
    expect(second.meeting.id).toBe(first.meeting.id);
    expect(await readFile(personFile(dir(), personId))).toEqual(bytes);
    expect((await storedDocument(dir(), personId)).meetings).toHaveLength(1);
  });

  it('opens a past occurrence too', async () => {
    const { backend, personId } = await withPerson(dir());
    const view = await openOccurrence(backend, personId, '2026-11-17');
    expect(view.meeting.at).toBe('2026-11-17T10:00');
  });

  it.each([
    ['a Wednesday', '2026-11-25'],
    ['a date before the cadence starts', '2026-11-10'],
  ])('refuses %s, which is no occurrence, with not_found and writes nothing', async (_l, date) => {
    const { backend, personId } = await withPerson(dir());
    const bytes = await readFile(personFile(dir(), personId));

    const error = errorOf(await backend.invoke('meetings:open', { personId, occurrence: date }));
    expect(error.code).toBe('not_found');
    expect(error.message).toContain(date);
    expect(await readFile(personFile(dir(), personId))).toEqual(bytes);
  });

  it('lists opened meetings in the history, newest first', async () => {
    const { backend, personId } = await withPerson(dir());
    const past = await openOccurrence(backend, personId, '2026-11-17');
    const next = await openOccurrence(backend, personId, '2026-11-24');
    const { history, upcoming } = await overview(backend, personId);
    expect(history.map((m) => m.id)).toEqual([next.meeting.id, past.meeting.id]);
    expect(upcoming[0]).toMatchObject({ occurrence: '2026-11-24', meetingId: next.meeting.id });
  });
});

describe('meetings:saveNotes and meetings:setMood', () => {
  const dir = useTempDir();

  it('keeps notes, private notes and mood across a restart on the same folder', async () => {
    const { backend, personId } = await withPerson(dir());
    const { meeting } = await openOccurrence(backend, personId, '2026-11-24');
    const saved = valueOf<{ savedAt: string }>(
      await backend.invoke('meetings:saveNotes', {
        personId,
        meetingId: meeting.id,
        notes: '  ## Queue\n- backlog down  ',
        privateNotes: 'Seems tired',
      }),
    );
    expect(saved.savedAt).toBe(fixedClock().toISOString());
    valueOf<MeetingView>(
      await backend.invoke('meetings:setMood', {
        personId,
        meetingId: meeting.id,
        mood: { score: 4, word: 'busy' },
      }),
    );
    await backend.flush();

    const restarted = await startBackend(dir());
    const view = await getMeeting(restarted, personId, meeting.id);
    expect(view.meeting).toMatchObject({
      // Stored as typed: Markdown indentation and trailing spaces (a line break) matter.
      notes: '  ## Queue\n- backlog down  ',
      privateNotes: 'Seems tired',
      mood: { score: 4, word: 'busy' },
    });
  });

  it('answers not_found for a meeting that does not exist', async () => {
    const { backend, personId } = await withPerson(dir());
    const error = errorOf(
      await backend.invoke('meetings:saveNotes', {
        personId,
        meetingId: 'no-such-meeting',
        notes: 'x',
        privateNotes: '',
      }),
    );
    expect(error.code).toBe('not_found');
    expect((await storedDocument(dir(), personId)).meetings).toEqual([]);
  });
});
