import { describe, expect, it } from 'vitest';
import { planDelivery, type DeliveryInput } from '../../../../../shared/domain/reminders/delivery';
import { pruneRecord, recordOf } from '../../../../../shared/domain/reminders/state';
import {
  digestDue,
  isQuiet,
  nextDigestAt,
  snoozeUntil,
} from '../../../../../shared/domain/reminders/timing';
import { defaultReminderSettings, type DueReminder } from '../../../../../shared/model/reminders';
import { iso, local } from './fixtures';

const settings = defaultReminderSettings();

const reminder = (
  id: string,
  dueAt: string,
  kind: DueReminder['kind'] = 'meeting_soon',
): DueReminder => ({
  id,
  kind,
  title: `Title ${id}`,
  body: `Body ${id}`,
  dueAt: iso(dueAt),
  personId: 'p-1',
  route: `/team/p-1/${id}`,
});

const empty = { fired: [], snoozes: [], dismissed: [] };

function plan(overrides: Partial<DeliveryInput> & { now: Date }): ReturnType<typeof planDelivery> {
  return planDelivery({
    settings,
    due: [],
    record: recordOf(empty),
    away: [],
    lastDigestOn: '2026-11-18',
    today: [],
    ...overrides,
  });
}

describe('quiet hours, digest days and snooze times', () => {
  it.each([
    ['2026-11-18T17:59', false],
    ['2026-11-18T18:00', true],
    ['2026-11-19T07:59', true],
    ['2026-11-19T08:00', false],
    ['2026-11-21T12:00', true], // Saturday
    ['2026-11-22T12:00', true], // Sunday
    ['2026-11-23T07:00', true], // Monday before 08:00
  ])('at %s quiet is %s', (at, quiet) => {
    expect(isQuiet(local(at), settings)).toBe(quiet);
  });

  it('quiet hours that do not wrap midnight, and turned off', () => {
    const lunch = defaultReminderSettings();
    lunch.quietHours = { enabled: true, from: '12:00', to: '13:00', quietDays: [] };
    expect(isQuiet(local('2026-11-18T12:30'), lunch)).toBe(true);
    expect(isQuiet(local('2026-11-18T18:30'), lunch)).toBe(false);
    lunch.quietHours.enabled = false;
    expect(isQuiet(local('2026-11-18T12:30'), lunch)).toBe(false);
  });

  it('the digest falls once on each digest day, skipping the weekend', () => {
    expect(digestDue(local('2026-11-18T08:29'), settings, null)).toBeNull();
    expect(digestDue(local('2026-11-18T08:30'), settings, null)).toBe('2026-11-18');
    expect(digestDue(local('2026-11-18T15:00'), settings, '2026-11-17')).toBe('2026-11-18');
    expect(digestDue(local('2026-11-18T15:00'), settings, '2026-11-18')).toBeNull();
    expect(digestDue(local('2026-11-21T09:00'), settings, null)).toBeNull();
    expect(nextDigestAt(local('2026-11-20T09:00'), settings)).toEqual(local('2026-11-23T08:30'));
    expect(
      nextDigestAt(local('2026-11-20T09:00'), {
        ...settings,
        digest: { ...settings.digest, enabled: false },
      }),
    ).toBeNull();
  });

  it('snoozes for 10 minutes, an hour, or until tomorrow morning at the digest time', () => {
    const now = local('2026-11-18T16:20');
    expect(snoozeUntil('10m', now, settings)).toEqual(local('2026-11-18T16:30'));
    expect(snoozeUntil('1h', now, settings)).toEqual(local('2026-11-18T17:20'));
    expect(snoozeUntil('tomorrow', now, settings)).toEqual(local('2026-11-19T08:30'));
    expect(snoozeUntil('tomorrow', local('2026-11-18T00:10'), settings)).toEqual(
      local('2026-11-19T08:30'),
    );
  });
});

describe('what one look shows', () => {
  const a = reminder('a', '2026-11-18T12:50');
  const b = reminder('b', '2026-11-18T12:50', 'meeting_prep');
  const c = reminder('c', '2026-11-18T08:30', 'action_overdue');

  it('one reminder alone is shown as itself, with its id and route', () => {
    const result = plan({ now: local('2026-11-18T12:50'), due: [a] });
    expect(result.message).toEqual({
      id: 'a',
      title: 'Title a',
      body: 'Body a',
      route: '/team/p-1/a',
      reminderIds: ['a'],
    });
    expect(result.fire).toEqual([{ id: 'a', missed: false }]);
  });

  it('several at once are one notification, never a burst', () => {
    const result = plan({ now: local('2026-11-18T12:50'), due: [a, b, c] });
    expect(result.message).toMatchObject({
      title: '3 reminders',
      body: 'Title a; and 1 brief to read, 1 overdue action item.',
      route: '/',
      reminderIds: ['a', 'b', 'c'],
    });
    expect(result.fire.map((f) => f.id)).toEqual(['a', 'b', 'c']);
  });

  it('what was shown, dismissed or is snoozed is not shown again; an ended snooze is', () => {
    const now = local('2026-11-18T13:00');
    const record = recordOf({
      fired: [{ id: 'a', at: iso('2026-11-18T12:50'), missed: false }],
      dismissed: [{ id: 'b', at: iso('2026-11-18T12:51') }],
      snoozes: [{ id: 'c', until: iso('2026-11-18T13:10') }],
    });
    expect(plan({ now, due: [a, b, c], record })).toEqual({
      message: null,
      fire: [],
      digestOn: null,
    });
    const later = plan({ now: local('2026-11-18T13:10'), due: [a, b, c], record });
    expect(later.fire).toEqual([{ id: 'c', missed: false }]);
    expect(later.message?.id).toBe('c');
  });

  it('shows nothing while paused or in quiet hours', () => {
    const paused = { ...settings, pausedUntil: iso('2026-11-18T13:30') };
    expect(plan({ now: local('2026-11-18T12:50'), due: [a], settings: paused }).message).toBeNull();
    expect(plan({ now: local('2026-11-18T13:30'), due: [a], settings: paused }).message?.id).toBe(
      'a',
    );
    const evening = reminder('e', '2026-11-18T19:00');
    expect(plan({ now: local('2026-11-18T19:00'), due: [evening] }).message).toBeNull();
  });

  it('holds what fell due in quiet hours for the digest, which sums up the day', () => {
    const evening = reminder('e', '2026-11-18T19:00', 'not_recorded');
    const early = reminder('c', '2026-11-19T06:00', 'action_overdue');
    const morning = { due: [evening, early], lastDigestOn: '2026-11-18' };
    expect(plan({ now: local('2026-11-19T08:10'), ...morning }).message).toBeNull();
    const digest = plan({
      now: local('2026-11-19T08:30'),
      ...morning,
      today: [{ name: 'Sam Lee', at: local('2026-11-19T13:00') }],
    });
    expect(digest.message).toEqual({
      id: 'digest:2026-11-19',
      title: 'Your day: 1 1:1, 2 reminders',
      body: '1:1s today: Sam Lee 13:00. Waiting: 1 1:1 not recorded, 1 overdue action item.',
      route: '/',
      reminderIds: ['e', 'c'],
    });
    expect(digest.digestOn).toBe('2026-11-19');
    // Without a digest to come, held reminders come once the quiet hours end.
    const noDigest = { ...settings, digest: { ...settings.digest, enabled: false } };
    expect(
      plan({ now: local('2026-11-19T08:00'), ...morning, settings: noDigest }).message?.title,
    ).toBe('2 reminders');
  });

  it('a digest with nothing to say is settled without a notification', () => {
    expect(plan({ now: local('2026-11-19T08:30'), lastDigestOn: '2026-11-18' })).toEqual({
      message: null,
      fire: [],
      digestOn: '2026-11-19',
    });
  });

  it('what fell due while away comes as one "While you were away", marked missed', () => {
    const away = [{ from: iso('2026-11-18T09:00'), to: iso('2026-11-18T17:50') }];
    const held = reminder('h', '2026-11-18T08:40', 'action_overdue');
    const result = plan({ now: local('2026-11-18T17:50'), due: [held, a, b], away });
    expect(result.message).toMatchObject({
      title: 'While you were away: 3 reminders',
      body: '1 1:1 starting soon, 1 brief to read, 1 overdue action item.',
      route: '/',
    });
    expect(result.fire).toEqual([
      { id: 'h', missed: false },
      { id: 'a', missed: true },
      { id: 'b', missed: true },
    ]);
  });
});

describe('pruning the record', () => {
  it('drops entries older than 60 days once their reminder is no longer due', () => {
    const now = local('2026-11-18T09:00');
    const doc = {
      fired: [
        { id: 'old-gone', at: iso('2026-09-01T09:00'), missed: false },
        { id: 'old-due', at: iso('2026-09-01T09:00'), missed: false },
        { id: 'recent', at: iso('2026-11-01T09:00'), missed: false },
      ],
      dismissed: [{ id: 'old-dismissed', at: iso('2026-08-01T09:00') }],
      snoozes: [
        { id: 'ended-gone', until: iso('2026-11-18T08:00') },
        { id: 'coming', until: iso('2026-11-18T10:00') },
      ],
    };
    const pruned = pruneRecord(doc, new Set(['old-due']), now);
    expect(pruned.fired.map((f) => f.id)).toEqual(['old-due', 'recent']);
    expect(pruned.dismissed).toEqual([]);
    expect(pruned.snoozes.map((s) => s.id)).toEqual(['coming']);
  });
});
