import { describe, expect, it } from 'vitest';
import { buildTodayOverview } from '../../../../electron/backend/today/today-service';
import type { TodayOverview } from '../../../../shared/ipc/channels/today';
import { createPerson, startBackend, valueOf } from '../../helpers/backend';
import { fixedClock, FIXED_NOW, makePerson, weeklyCadence } from '../../helpers/people';
import { useTempDir } from '../../helpers/temp-dir';
import { personDocument as withCollections } from '../../helpers/store';
import type { Person } from '../../../../shared/model/person';

const personDocument = (person: Person) => withCollections(person);

/** Meetings are reported in local wall-clock time, `2026-11-18T15:00`. */
const at = (local: string) => local.slice(0, 16);
const slots = (meetings: TodayOverview['today']) => meetings.map((m) => `${m.name} ${m.at}`);

describe('today:overview (fixed clock: Wednesday 2026-11-18 09:00)', () => {
  const dir = useTempDir();

  it('sorts meetings into today, this week and later, and lists people without cadence', async () => {
    const backend = await startBackend(dir());
    await createPerson(backend, {
      name: 'Wed Afternoon',
      cadence: weeklyCadence({ weekday: 3, time: '15:00' }),
    });
    await createPerson(backend, {
      name: 'Wed Early',
      cadence: weeklyCadence({ weekday: 3, time: '08:00' }),
    });
    await createPerson(backend, {
      name: 'Friday',
      cadence: weeklyCadence({ weekday: 5, time: '10:00' }),
    });
    await createPerson(backend, {
      name: 'Last Monday',
      cadence: weeklyCadence({ frequency: 'monthly', weekday: 1, weekOfMonth: 5 }),
    });
    await createPerson(backend, {
      name: 'No Cadence',
      cadence: weeklyCadence({ frequency: 'none' }),
    });
    const archived = await createPerson(backend, {
      name: 'Archived',
      cadence: weeklyCadence({ weekday: 3, time: '11:00' }),
    });
    await backend.invoke('people:archive', { id: archived.person.id });

    const overview = valueOf<TodayOverview>(await backend.invoke('today:overview', undefined));

    expect(overview.now).toBe(new Date(FIXED_NOW).toISOString());
    // A 1:1 that started an hour ago stays on Today ("earlier today") until it is marked.
    expect(slots(overview.today)).toEqual([
      `Wed Early ${at('2026-11-18T08:00:00')}`,
      `Wed Afternoon ${at('2026-11-18T15:00:00')}`,
    ]);
    expect(overview.today.map((m) => m.state)).toEqual(['earlier', 'upcoming']);
    expect(slots(overview.thisWeek)).toEqual([`Friday ${at('2026-11-20T10:00:00')}`]);
    expect(slots(overview.later)).toEqual([
      `Wed Early ${at('2026-11-25T08:00:00')}`,
      `Wed Afternoon ${at('2026-11-25T15:00:00')}`,
      `Friday ${at('2026-11-27T10:00:00')}`,
      `Last Monday ${at('2026-11-30T10:00:00')}`,
      `Wed Early ${at('2026-12-02T08:00:00')}`,
    ]);
    expect(overview.withoutCadence.map((p) => p.name)).toEqual(['No Cadence']);
    expect(overview.activeCount).toBe(5);
  });

  it('answers empty buckets for an empty team', async () => {
    const backend = await startBackend(dir());
    expect(valueOf(await backend.invoke('today:overview', {}))).toEqual({
      now: new Date(FIXED_NOW).toISOString(),
      today: [],
      notRecorded: [],
      weekStartsOn: 1,
      thisWeek: [],
      later: [],
      withoutCadence: [],
      activeCount: 0,
      dueActions: [],
      followUpsDue: [],
    });
  });
});

describe('buildTodayOverview', () => {
  it('puts a Sunday-evening meeting in this week (ISO weeks end on Sunday)', () => {
    const person = makePerson({ cadence: weeklyCadence({ weekday: 7, time: '23:30' }) });
    const overview = buildTodayOverview([personDocument(person)], fixedClock);
    expect(slots(overview.thisWeek)).toEqual([`Sam Lee ${at('2026-11-22T23:30:00')}`]);
    expect(slots(overview.later)).toEqual([`Sam Lee ${at('2026-11-29T23:30:00')}`]);
  });

  it('orders meetings at the same time by name and keeps every later one (Today shows ten and "+N more")', () => {
    const team = Array.from({ length: 12 }, (_, i) =>
      makePerson({ id: `p-${i}`, name: `Person ${String.fromCharCode(76 - i)}` }),
    );
    const overview = buildTodayOverview(team.map(personDocument), fixedClock);
    // Two weeks ahead for each of 12 people, none cut off.
    expect(overview.later).toHaveLength(24);
    expect(overview.later.map((m) => m.name).slice(0, 3)).toEqual([
      'Person A',
      'Person B',
      'Person C',
    ]);
    expect(new Set(overview.later.slice(0, 12).map((m) => m.at))).toEqual(
      new Set([at('2026-11-24T10:00:00')]),
    );
  });
});

describe('today:overview action items due', () => {
  const dir = useTempDir();

  it('lists open actions overdue or due this week, most overdue first, and leaves out done and later ones', async () => {
    const backend = await startBackend(dir());
    const sam = await createPerson(backend, { name: 'Sam Lee', cadence: weeklyCadence() });
    const personId = sam.person.id;
    const add = (text: string, due: string) =>
      backend.invoke('actions:add', { personId, text, owner: 'report', due });
    await add('Due Friday', '2026-11-20');
    await add('Overdue a week', '2026-11-11');
    await add('Next week', '2026-11-25');
    const done = valueOf<{ id: string }>(await add('Done already', '2026-11-10'));
    await backend.invoke('actions:setDone', { personId, actionId: done.id, done: true });

    const overview = valueOf<TodayOverview>(await backend.invoke('today:overview', undefined));
    expect(overview.dueActions.map((a) => [a.text, a.daysOverdue])).toEqual([
      ['Overdue a week', 7],
      ['Due Friday', 0],
    ]);
  });
});

describe('the week start setting', () => {
  const dir = useTempDir();

  // Saturday 2026-11-21, 09:00: with Monday weeks, Sunday the 22nd is still this week; with
  // Sunday weeks, this week ends today and Sunday is "later".
  const SATURDAY = () => new Date('2026-11-21T09:00:00');

  it('follows the system locale until the lead picks a day, and Today follows it', async () => {
    const backend = await startBackend(dir(), { clock: SATURDAY, locale: 'en-US' });
    await createPerson(backend, {
      name: 'Sunday Person',
      cadence: weeklyCadence({ weekday: 7, time: '10:00', startsOn: '2026-11-01' }),
    });
    const overview = async () =>
      valueOf<TodayOverview>(await backend.invoke('today:overview', undefined));
    expect(valueOf(await backend.invoke('today:weekStart', undefined))).toEqual({
      setting: 'locale',
      weekStartsOn: 0,
      systemWeekStartsOn: 0,
    });
    expect((await overview()).weekStartsOn).toBe(0);
    expect((await overview()).thisWeek).toEqual([]);
    expect((await overview()).later[0]?.at).toBe('2026-11-22T10:00');

    valueOf(await backend.invoke('today:setWeekStart', { weekStartsOn: 'monday' }));
    expect((await overview()).thisWeek.map((m) => m.at)).toEqual(['2026-11-22T10:00']);
  });

  it('refuses an unknown day and writes nothing', async () => {
    const backend = await startBackend(dir(), { locale: 'en-GB' });
    const refused = await backend.invoke('today:setWeekStart', { weekStartsOn: 'friday' });
    expect(refused.ok).toBe(false);
    expect(valueOf(await backend.invoke('today:weekStart', undefined))).toMatchObject({
      setting: 'locale',
      weekStartsOn: 1,
    });
  });
});
