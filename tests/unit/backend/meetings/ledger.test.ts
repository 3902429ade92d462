import { describe, expect, it } from 'vitest';
import type { PersonView } from '../../../../shared/ipc/channels/people';
import { errorOf, valueOf } from '../../helpers/backend';
import {
  ats,
  briefOf,
  editCadence,
  overviewOf,
  setupLedger as setup,
  todayOf,
} from '../../helpers/ledger';
import { storedDocument } from '../../helpers/meetings';
import { weeklyCadence } from '../../helpers/people';
import { useTempDir } from '../../helpers/temp-dir';

/**
 * Every 1:1 a cadence promised is accounted for, through the channels only. The clock is a
 * variable the tests move; times are local wall-clock, so each case reads the same in any zone
 * (CI runs this file in several).
 */

describe('a 1:1 that has started stays visible until it is marked', () => {
  const dir = useTempDir();

  it('is "now" at 09:30 and "earlier" at 11:00 on Today, and first in the profile', async () => {
    // Weekly on Monday 09:00; 2027-01-04 is a Monday.
    const { backend, personId, time } = await setup(dir(), '2027-01-01T12:00:00', {
      weekday: 1,
      time: '09:00',
      startsOn: '2027-01-01',
    });
    time.set('2027-01-04T09:30:00');
    let today = await todayOf(backend);
    expect(today.today.map((m) => [m.at, m.state])).toEqual([['2027-01-04T09:00', 'now']]);
    expect(ats((await overviewOf(backend, personId)).upcoming)[0]).toBe('2027-01-04T09:00');
    const person = valueOf<PersonView>(await backend.invoke('people:get', { id: personId }));
    expect(person.nextMeeting).toBe('2027-01-04T09:00');
    expect((await briefOf(backend, personId)).next?.at).toBe('2027-01-04T09:00');

    time.set('2027-01-04T11:00:00');
    today = await todayOf(backend);
    expect(today.today.map((m) => [m.at, m.state])).toEqual([['2027-01-04T09:00', 'earlier']]);

    // Marked held: gone from Today and from upcoming, in the history.
    const opened = valueOf<{ meeting: { id: string } }>(
      await backend.invoke('meetings:open', { personId, occurrence: '2027-01-04' }),
    );
    valueOf(
      await backend.invoke('meetings:setStatus', {
        personId,
        meetingId: opened.meeting.id,
        status: 'held',
      }),
    );
    expect((await todayOf(backend)).today).toEqual([]);
    expect(ats((await overviewOf(backend, personId)).upcoming)[0]).toBe('2027-01-11T09:00');
  });
});

describe('past 1:1s not recorded', () => {
  const dir = useTempDir();

  it('lists past 1:1s nobody marked, and marks several at once', async () => {
    const { backend, personId, time } = await setup(dir(), '2027-01-01T12:00:00', {
      weekday: 1,
      time: '09:00',
      startsOn: '2027-01-01',
    });
    // The 01-04 one was opened (written down) but never marked; the others were never opened.
    valueOf(await backend.invoke('meetings:open', { personId, occurrence: '2027-01-04' }));
    time.set('2027-01-20T10:00:00');

    const overview = await overviewOf(backend, personId);
    expect(ats(overview.notRecorded)).toEqual([
      '2027-01-18T09:00',
      '2027-01-11T09:00',
      '2027-01-04T09:00',
    ]);
    const today = await todayOf(backend);
    expect(ats(today.notRecorded)).toEqual(ats(overview.notRecorded));

    // Held in one step; the one never opened is written down as held.
    const [first, second, third] = today.notRecorded;
    expect(
      valueOf(
        await backend.invoke('meetings:record', {
          items: [first!, second!].map(({ personId: p, occurrence, meetingId }) => ({
            personId: p,
            occurrence,
            meetingId,
          })),
          status: 'held',
        }),
      ),
    ).toEqual({ recorded: 2 });
    // Missed needs a reason, and nothing is written without one.
    const refused = errorOf(
      await backend.invoke('meetings:record', {
        items: [{ personId, occurrence: third!.occurrence, meetingId: third!.meetingId }],
        status: 'missed',
      }),
    );
    expect(refused.code).toBe('invalid_input');
    valueOf(
      await backend.invoke('meetings:record', {
        items: [{ personId, occurrence: third!.occurrence, meetingId: third!.meetingId }],
        status: 'missed',
        reason: 'Sick day',
      }),
    );

    expect((await overviewOf(backend, personId)).notRecorded).toEqual([]);
    expect((await todayOf(backend)).notRecorded).toEqual([]);
    const stored = await storedDocument(dir(), personId);
    expect(stored.meetings.map((m) => [m.occurrence, m.status]).sort()).toEqual([
      ['2027-01-04', 'missed'],
      ['2027-01-11', 'held'],
      ['2027-01-18', 'held'],
    ]);
  });

  it('refuses to mark a 1:1 again, or a date the cadence does not have, and writes nothing', async () => {
    const { backend, personId, time } = await setup(dir(), '2027-01-01T12:00:00', {
      weekday: 1,
      time: '09:00',
      startsOn: '2027-01-01',
    });
    time.set('2027-01-12T10:00:00');
    const item = { personId, occurrence: '2027-01-04', meetingId: null };
    valueOf(await backend.invoke('meetings:record', { items: [item], status: 'held' }));
    const before = await storedDocument(dir(), personId);
    const again = errorOf(
      await backend.invoke('meetings:record', {
        items: [{ personId, occurrence: '2027-01-11', meetingId: null }, item],
        status: 'held',
      }),
    );
    expect(again.code).toBe('conflict');
    const notScheduled = errorOf(
      await backend.invoke('meetings:record', {
        items: [{ personId, occurrence: '2027-01-05', meetingId: null }],
        status: 'held',
      }),
    );
    expect(notScheduled.code).toBe('not_found');
    expect(await storedDocument(dir(), personId)).toEqual(before);
  });

  it('counts only from the day the person was added, and nothing after archiving', async () => {
    const { backend, personId, time } = await setup(dir(), '2027-01-13T12:00:00', {
      weekday: 1,
      time: '09:00',
      startsOn: '2026-06-01',
    });
    time.set('2027-01-20T10:00:00');
    expect(ats((await overviewOf(backend, personId)).notRecorded)).toEqual(['2027-01-18T09:00']);
    valueOf(await backend.invoke('people:archive', { id: personId }));
    time.set('2027-02-20T10:00:00');
    expect(ats((await overviewOf(backend, personId)).notRecorded)).toEqual(['2027-01-18T09:00']);
    expect((await overviewOf(backend, personId)).upcoming).toEqual([]);
    expect((await todayOf(backend)).notRecorded).toEqual([]);
  });

  it('makes the brief say the cadence was not kept when past 1:1s were not recorded', async () => {
    const { backend, personId, time } = await setup(dir(), '2027-01-01T12:00:00', {
      weekday: 1,
      time: '09:00',
      startsOn: '2027-01-01',
    });
    time.set('2027-01-20T10:00:00');
    const kinds = (await briefOf(backend, personId)).suggestions.map((s) => s.kind);
    expect(kinds).toContain('no_recent_one_on_one');
  });
});

describe('every two weeks keeps its fortnight', () => {
  const dir = useTempDir();
  // Every other Monday from 2026-01-05: 01-05, 01-19, 02-02, 02-16, ...

  it('puts a mid-week start date in its own week, never the following one', async () => {
    const { backend, personId } = await setup(dir(), '2026-01-01T12:00:00', {
      frequency: 'biweekly',
      weekday: 1,
      startsOn: '2026-01-07',
    });
    // 01-05 is before the start; the week of 01-07 is "this week", so the next is 01-19.
    expect(ats((await overviewOf(backend, personId)).upcoming).slice(0, 2)).toEqual([
      '2026-01-19T10:00',
      '2026-02-02T10:00',
    ]);
  });

  it('keeps the weeks when only the time changes, even with a start date in the off week', async () => {
    const { backend, personId, time } = await setup(dir(), '2026-01-01T12:00:00', {
      frequency: 'biweekly',
      weekday: 1,
      startsOn: '2026-01-05',
    });
    // 2026-02-11 is the Wednesday of an off week (02-09 has no 1:1): read alone, a start date
    // there would put the next one on 02-23 and every other Monday after it.
    time.set('2026-02-11T12:00:00');
    await editCadence(backend, personId, { time: '14:00', startsOn: '2026-02-11' });
    expect(ats((await overviewOf(backend, personId)).upcoming).slice(0, 2)).toEqual([
      '2026-02-16T14:00',
      '2026-03-02T14:00',
    ]);
  });

  it('keeps the weeks when only the time changes and the start date is left as it was', async () => {
    const { backend, personId, time } = await setup(dir(), '2026-01-01T12:00:00', {
      frequency: 'biweekly',
      weekday: 1,
      startsOn: '2026-01-05',
    });
    time.set('2026-02-10T12:00:00'); // an off week, after the 1:1s of 01-05, 01-19 and 02-02
    await editCadence(backend, personId, { time: '14:00' });
    expect(ats((await overviewOf(backend, personId)).upcoming).slice(0, 2)).toEqual([
      '2026-02-16T14:00',
      '2026-03-02T14:00',
    ]);
    // The 1:1s before the change keep their time.
    valueOf(await backend.invoke('meetings:open', { personId, occurrence: '2026-02-02' }));
    expect(ats((await overviewOf(backend, personId)).notRecorded)[0]).toBe('2026-02-02T10:00');
  });

  it('keeps the weeks when the weekday changes (Tuesday to Monday and back)', async () => {
    const { backend, personId, time } = await setup(dir(), '2026-01-01T12:00:00', {
      frequency: 'biweekly',
      weekday: 2,
      startsOn: '2026-01-05',
    });
    time.set('2026-02-10T12:00:00'); // an off week
    await editCadence(backend, personId, { weekday: 1, startsOn: '2026-02-10' });
    expect(ats((await overviewOf(backend, personId)).upcoming)[0]).toBe('2026-02-16T10:00');
    await editCadence(backend, personId, { weekday: 3 });
    expect(ats((await overviewOf(backend, personId)).upcoming)[0]).toBe('2026-02-18T10:00');
  });

  it('lets the lead move the fortnight on purpose by changing only the start date', async () => {
    const { backend, personId, time } = await setup(dir(), '2026-01-01T12:00:00', {
      frequency: 'biweekly',
      weekday: 1,
      startsOn: '2026-01-05',
    });
    time.set('2026-02-04T12:00:00');
    await editCadence(backend, personId, { startsOn: '2026-02-09' });
    expect(ats((await overviewOf(backend, personId)).upcoming)[0]).toBe('2026-02-09T10:00');
  });
});

describe('cadence changes never hide a 1:1', () => {
  const dir = useTempDir();

  it('keeps a 1:1 opened for a future date at its date as a one-off', async () => {
    const { backend, personId, time } = await setup(dir(), '2026-11-18T09:00:00', {});
    const opened = valueOf<{ meeting: { id: string } }>(
      await backend.invoke('meetings:open', { personId, occurrence: '2026-12-08' }),
    );
    await editCadence(backend, personId, { weekday: 4 });
    const upcoming = (await overviewOf(backend, personId)).upcoming;
    expect(upcoming.find((u) => u.meetingId === opened.meeting.id)).toMatchObject({
      at: '2026-12-08T10:00',
      occurrence: null,
    });
    time.set('2026-12-10T09:00:00');
    expect((await overviewOf(backend, personId)).notRecorded.map((n) => n.meetingId)).toContain(
      opened.meeting.id,
    );
  });

  it('keeps the original cadence past after two edits on the same day', async () => {
    const { backend, personId, time } = await setup(dir(), '2026-01-01T12:00:00', {
      startsOn: '2026-01-06',
    });
    time.set('2026-11-18T09:00:00');
    await editCadence(backend, personId, { weekday: 4 });
    await editCadence(backend, personId, { weekday: 5, time: '15:00' });
    for (const occurrence of ['2026-11-10', '2026-11-17', '2026-01-06']) {
      valueOf(await backend.invoke('meetings:open', { personId, occurrence }));
    }
    expect(ats((await overviewOf(backend, personId)).upcoming)[0]).toBe('2026-11-20T15:00');
    const stored = await storedDocument(dir(), personId);
    expect(stored.schedule.pastCadences).toEqual([
      { cadence: weeklyCadence({ startsOn: '2026-01-06' }), until: '2026-11-18' },
    ]);
  });

  it('replaces a change planned for later when an earlier one is made, keeping the past', async () => {
    const { backend, personId, time } = await setup(dir(), '2026-01-01T12:00:00', {
      startsOn: '2026-01-06',
    });
    time.set('2026-11-18T09:00:00');
    await editCadence(backend, personId, { weekday: 4, startsOn: '2026-12-15' });
    await editCadence(backend, personId, { weekday: 5, startsOn: '2026-11-18' });
    valueOf(await backend.invoke('meetings:open', { personId, occurrence: '2026-11-17' }));
    expect(ats((await overviewOf(backend, personId)).upcoming).slice(0, 2)).toEqual([
      '2026-11-20T10:00',
      '2026-11-27T10:00',
    ]);
  });

  it('shows a 1:1 moved months later at its new date', async () => {
    const { backend, personId, time } = await setup(dir(), '2026-11-18T09:00:00', {});
    valueOf(
      await backend.invoke('meetings:move', {
        personId,
        occurrence: '2026-11-24',
        to: '2027-03-02T11:00',
      }),
    );
    time.set('2027-03-01T09:00:00');
    const overview = await overviewOf(backend, personId);
    expect(overview.upcoming.find((u) => u.moved)).toMatchObject({
      occurrence: '2026-11-24',
      at: '2027-03-02T11:00',
      moved: true,
    });
    expect(overview.notRecorded.map((n) => n.occurrence)).not.toContain('2026-11-24');
  });
});

describe('the brief', () => {
  const dir = useTempDir();

  it('asks for no 1:1 before a future cadence has started', async () => {
    const { backend, personId, time } = await setup(dir(), '2026-11-01T12:00:00', {
      startsOn: '2026-12-01',
    });
    time.set('2026-11-22T12:00:00');
    const kinds = (await briefOf(backend, personId)).suggestions.map((s) => s.kind);
    expect(kinds).not.toContain('no_recent_one_on_one');
  });

  it('shows no next 1:1 for an archived person', async () => {
    const { backend, personId } = await setup(dir(), '2026-11-18T09:00:00', {});
    expect((await briefOf(backend, personId)).next).not.toBeNull();
    valueOf(await backend.invoke('people:archive', { id: personId }));
    expect((await briefOf(backend, personId)).next).toBeNull();
    // Nowhere else either: the profile, the team list, the 1:1 list and Today.
    const view = valueOf<PersonView>(await backend.invoke('people:get', { id: personId }));
    expect(view.nextMeeting).toBeNull();
    const list = valueOf<PersonView[]>(
      await backend.invoke('people:list', { includeArchived: true }),
    );
    expect(list.map((p) => p.nextMeeting)).toEqual([null]);
    expect((await overviewOf(backend, personId)).upcoming).toEqual([]);
    const today = await todayOf(backend);
    expect([...today.today, ...today.thisWeek, ...today.later]).toEqual([]);
  });
});
