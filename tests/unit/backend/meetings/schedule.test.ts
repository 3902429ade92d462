import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { MeetingView } from '../../../../shared/ipc/channels/meetings';
import type { PersonView } from '../../../../shared/ipc/channels/people';
import { errorOf, valueOf } from '../../helpers/backend';
import {
  getMeeting,
  openOccurrence,
  personFile,
  storedDocument,
  upcoming,
  withPerson,
} from '../../helpers/meetings';
import { personInput, weeklyCadence } from '../../helpers/people';
import { useTempDir } from '../../helpers/temp-dir';

describe('skipping and moving occurrences', () => {
  const dir = useTempDir();

  it('meetings:skip hides an occurrence and resetOccurrence brings it back', async () => {
    const { backend, personId } = await withPerson(dir());
    valueOf(
      await backend.invoke('meetings:skip', { personId, occurrence: '2026-11-24', reason: 'PTO' }),
    );
    expect((await upcoming(backend, personId)).slice(0, 2)).toEqual([
      '2026-12-01 @ 2026-12-01T10:00',
      '2026-12-08 @ 2026-12-08T10:00',
    ]);
    expect((await storedDocument(dir(), personId)).schedule.exceptions).toEqual([
      { occurrence: '2026-11-24', kind: 'skip', movedTo: null, reason: 'PTO' },
    ]);

    valueOf(
      await backend.invoke('meetings:resetOccurrence', { personId, occurrence: '2026-11-24' }),
    );
    expect((await upcoming(backend, personId)).slice(0, 2)).toEqual([
      '2026-11-24 @ 2026-11-24T10:00',
      '2026-12-01 @ 2026-12-01T10:00',
    ]);
    expect((await storedDocument(dir(), personId)).schedule.exceptions).toEqual([]);
  });

  it('meetings:move shows the occurrence at its new time, and reset puts it back', async () => {
    const { backend, personId } = await withPerson(dir());
    valueOf(
      await backend.invoke('meetings:move', {
        personId,
        occurrence: '2026-11-24',
        to: '2026-12-02T15:30',
      }),
    );
    expect((await upcoming(backend, personId)).slice(0, 3)).toEqual([
      '2026-12-01 @ 2026-12-01T10:00',
      '2026-11-24 @ 2026-12-02T15:30 moved',
      '2026-12-08 @ 2026-12-08T10:00',
    ]);
    const opened = await openOccurrence(backend, personId, '2026-11-24');
    expect(opened.meeting.at).toBe('2026-12-02T15:30');

    valueOf(
      await backend.invoke('meetings:resetOccurrence', { personId, occurrence: '2026-11-24' }),
    );
    expect((await upcoming(backend, personId))[0]).toBe('2026-11-24 @ 2026-11-24T10:00');
  });

  it('moving an opened meeting moves its record too', async () => {
    const { backend, personId } = await withPerson(dir());
    const { meeting } = await openOccurrence(backend, personId, '2026-11-24');
    await backend.invoke('meetings:move', {
      personId,
      occurrence: '2026-11-24',
      to: '2026-11-26T09:00',
    });
    expect((await getMeeting(backend, personId, meeting.id)).meeting.at).toBe('2026-11-26T09:00');
  });

  // Fails today: resetOccurrence only drops the schedule exception; the opened meeting keeps the
  // moved time (electron/backend/meetings/meetings-service.ts, resetOccurrence).
  it('reset after moving an opened meeting puts the meeting back at its original time', async () => {
    const { backend, personId } = await withPerson(dir());
    const { meeting } = await openOccurrence(backend, personId, '2026-11-24');
    await backend.invoke('meetings:move', {
      personId,
      occurrence: '2026-11-24',
      to: '2026-11-26T09:00',
    });
    await backend.invoke('meetings:resetOccurrence', { personId, occurrence: '2026-11-24' });

    expect((await upcoming(backend, personId))[0]).toBe('2026-11-24 @ 2026-11-24T10:00');
    expect((await getMeeting(backend, personId, meeting.id)).meeting.at).toBe('2026-11-24T10:00');
  });

  // Fails today: skipping an opened meeting cancels it, and resetOccurrence does not undo that,
  // so the occurrence stays hidden (electron/backend/meetings/meetings-service.ts).
  it('reset after skipping an opened meeting brings the occurrence back', async () => {
    const { backend, personId } = await withPerson(dir());
    await openOccurrence(backend, personId, '2026-11-24');
    await backend.invoke('meetings:skip', { personId, occurrence: '2026-11-24' });
    expect((await upcoming(backend, personId))[0]).toBe('2026-12-01 @ 2026-12-01T10:00');

    await backend.invoke('meetings:resetOccurrence', { personId, occurrence: '2026-11-24' });
    expect((await upcoming(backend, personId))[0]).toBe('2026-11-24 @ 2026-11-24T10:00');
  });

  it.each(['meetings:skip', 'meetings:move'])(
    '%s refuses a date that is no occurrence and writes nothing',
    async (channel) => {
      const { backend, personId } = await withPerson(dir());
      const bytes = await readFile(personFile(dir(), personId));
      const input = { personId, occurrence: '2026-11-25', to: '2026-11-26T10:00' };
      expect(errorOf(await backend.invoke(channel, input)).code).toBe('not_found');
      expect(await readFile(personFile(dir(), personId))).toEqual(bytes);
    },
  );
});

describe('ad-hoc 1:1s and cadence changes', () => {
  const dir = useTempDir();

  it('meetings:createAdHoc writes a planned 1:1 that shows among the upcoming ones', async () => {
    const { backend, personId } = await withPerson(dir());
    const view = valueOf<MeetingView>(
      await backend.invoke('meetings:createAdHoc', { personId, at: '2026-11-26T16:00' }),
    );
    expect(view.meeting).toMatchObject({
      occurrence: null,
      at: '2026-11-26T16:00',
      status: 'planned',
    });
    expect((await upcoming(backend, personId)).slice(0, 3)).toEqual([
      '2026-11-24 @ 2026-11-24T10:00',
      'ad hoc @ 2026-11-26T16:00',
      '2026-12-01 @ 2026-12-01T10:00',
    ]);
    expect((await storedDocument(dir(), personId)).meetings).toEqual([view.meeting]);
  });

  it('a new cadence from a future date keeps the old one before that date', async () => {
    const { backend, personId } = await withPerson(dir());
    const cadence = weeklyCadence({
      frequency: 'biweekly',
      weekday: 4,
      time: '14:00',
      startsOn: '2026-12-01',
    });
    const view = valueOf<PersonView>(
      await backend.invoke('people:update', { id: personId, changes: personInput({ cadence }) }),
    );
    expect(view.nextMeeting).toBe('2026-11-24T10:00');
    expect((await upcoming(backend, personId)).slice(0, 4)).toEqual([
      '2026-11-24 @ 2026-11-24T10:00',
      '2026-12-03 @ 2026-12-03T14:00',
      '2026-12-17 @ 2026-12-17T14:00',
      '2026-12-31 @ 2026-12-31T14:00',
    ]);
    expect((await storedDocument(dir(), personId)).schedule.pastCadences).toEqual([
      { cadence: weeklyCadence(), until: '2026-12-01' },
    ]);
  });

  it('a new cadence that started in the past applies from today', async () => {
    const { backend, personId } = await withPerson(dir());
    const cadence = weeklyCadence({ weekday: 4, startsOn: '2026-11-01' });
    await backend.invoke('people:update', { id: personId, changes: personInput({ cadence }) });
    expect((await storedDocument(dir(), personId)).schedule.pastCadences).toEqual([
      { cadence: weeklyCadence(), until: '2026-11-18' },
    ]);
    expect((await upcoming(backend, personId))[0]).toBe('2026-11-19 @ 2026-11-19T10:00');
    // The old Tuesday occurrence before today can still be opened.
    expect((await openOccurrence(backend, personId, '2026-11-17')).meeting.at).toBe(
      '2026-11-17T10:00',
    );
  });

  it('an update that keeps the cadence records no past cadence', async () => {
    const { backend, personId } = await withPerson(dir());
    await backend.invoke('people:update', { id: personId, changes: personInput({ role: 'Lead' }) });
    expect((await storedDocument(dir(), personId)).schedule.pastCadences).toEqual([]);
  });
});
