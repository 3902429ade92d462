import { describe, expect, it } from 'vitest';
import type { MeetingView } from '../../../../shared/ipc/channels/meetings';
import { valueOf } from '../../helpers/backend';
import { editCadence, overviewOf, setupLedger, todayOf } from '../../helpers/ledger';
import { storedDocument } from '../../helpers/meetings';
import { useTempDir } from '../../helpers/temp-dir';

/**
 * 1:1s the lead placed by hand (opened for a date, moved to another) stay where the lead put
 * them, whatever the cadence does after, and however far they were moved. Through the channels
 * only; the person meets weekly on Tuesday at 10:00 from 2026-11-17 and is added on Wednesday
 * 2026-11-18 at 09:00.
 */
describe('1:1s placed by hand', () => {
  const dir = useTempDir();
  const setup = () => setupLedger(dir(), '2026-11-18T09:00:00', {});

  it('keeps a 1:1 opened for a future date at its written time when only the time changes', async () => {
    const { backend, personId } = await setup();
    const opened = valueOf<MeetingView>(
      await backend.invoke('meetings:open', { personId, occurrence: '2026-12-08' }),
    );
    await editCadence(backend, personId, { time: '14:00' });
    const upcoming = (await overviewOf(backend, personId)).upcoming;
    // The same time everywhere: the list, Today and the 1:1 page say 10:00, as written down.
    expect(upcoming.find((u) => u.meetingId === opened.meeting.id)).toMatchObject({
      at: '2026-12-08T10:00',
      occurrence: '2026-12-08',
    });
    expect(upcoming.filter((u) => u.at.startsWith('2026-12-08'))).toHaveLength(1);
    expect(upcoming[0]).toMatchObject({ at: '2026-11-24T14:00', meetingId: null });
    const page = valueOf<MeetingView>(
      await backend.invoke('meetings:get', { personId, meetingId: opened.meeting.id }),
    );
    expect(page.meeting.at).toBe('2026-12-08T10:00');
  });

  it('keeps a 1:1 moved by hand, never opened, as a one-off when the new cadence lacks its date', async () => {
    const { backend, personId, time } = await setup();
    valueOf(
      await backend.invoke('meetings:move', {
        personId,
        occurrence: '2026-12-08',
        to: '2026-12-10T15:00',
      }),
    );
    await editCadence(backend, personId, { weekday: 5 }); // Fridays from today
    const upcoming = (await overviewOf(backend, personId)).upcoming;
    const kept = upcoming.find((u) => u.at === '2026-12-10T15:00');
    expect(kept).toMatchObject({ occurrence: null });
    expect(kept?.meetingId).toEqual(expect.any(String));
    const stored = await storedDocument(dir(), personId);
    expect(stored.meetings).toMatchObject([
      { occurrence: '2026-12-08', at: '2026-12-10T15:00', status: 'planned' },
    ]);
    // Once its day is over it is not recorded, on Today too, until marked.
    time.set('2026-12-11T08:00:00');
    expect((await overviewOf(backend, personId)).notRecorded.map((n) => n.at)).toContain(
      '2026-12-10T15:00',
    );
    expect((await todayOf(backend)).notRecorded.map((n) => n.at)).toContain('2026-12-10T15:00');
  });

  it('leaves a move the new cadence still has a date for as a move', async () => {
    const { backend, personId } = await setup();
    valueOf(
      await backend.invoke('meetings:move', {
        personId,
        occurrence: '2026-12-08',
        to: '2026-12-10T15:00',
      }),
    );
    await editCadence(backend, personId, { time: '11:00' });
    const upcoming = (await overviewOf(backend, personId)).upcoming;
    expect(upcoming.find((u) => u.moved)).toMatchObject({
      occurrence: '2026-12-08',
      at: '2026-12-10T15:00',
      meetingId: null,
    });
    expect((await storedDocument(dir(), personId)).meetings).toEqual([]);
  });

  it('lists a 1:1 moved to before the person was added as not recorded', async () => {
    const { backend, personId } = await setup();
    valueOf(
      await backend.invoke('meetings:move', {
        personId,
        occurrence: '2026-11-24',
        to: '2026-10-01T15:00',
      }),
    );
    const adHoc = valueOf<MeetingView>(
      await backend.invoke('meetings:createAdHoc', { personId, at: '2025-06-02T09:00' }),
    );
    const notRecorded = (await overviewOf(backend, personId)).notRecorded;
    // 11-17, a date of the cadence before the day they were added, is not Coachbook's to track.
    expect(notRecorded.map((n) => [n.at, n.occurrence, n.meetingId])).toEqual([
      ['2026-10-01T15:00', '2026-11-24', null],
      ['2025-06-02T09:00', null, adHoc.meeting.id],
    ]);
  });
});
