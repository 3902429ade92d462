import { describe, expect, it } from 'vitest';
import { computeReminders } from '../../../../../shared/domain/reminders/compute';
import { snoozeUntil, isQuiet } from '../../../../../shared/domain/reminders/timing';
import { defaultReminderSettings } from '../../../../../shared/model/reminders';
import { makeAction } from '../../../helpers/records';
import { weeklyCadence } from '../../../helpers/people';
import { inTimeZone } from '../../../helpers/time-zone';
import { input, only, personDoc } from './fixtures';

// Each case names the instants in UTC, so it checks the wall clock of one zone on its DST days.
describe('reminders on DST days', () => {
  it('Berlin, the day DST ends (25 Oct 2026): a Sunday 1:1 at 10:00 reminds at 09:50 local', () => {
    inTimeZone('Europe/Berlin', () => {
      const cadence = weeklyCadence({ weekday: 7, time: '10:00', startsOn: '2026-10-04' });
      const data = input([personDoc({ person: { cadence } })], only({ meeting_soon: true }));
      // 09:50 CET (UTC+1) is 08:50Z; an hour earlier it was still CEST.
      expect(computeReminders(data, new Date('2026-10-25T08:49:00Z')).due).toEqual([]);
      expect(computeReminders(data, new Date('2026-10-25T08:50:00Z')).due).toMatchObject([
        { id: 'meeting_soon:p-1:2026-10-25:2026-10-25T10:00', dueAt: '2026-10-25T08:50:00.000Z' },
      ]);
    });
  });

  it('New York, the day DST starts (8 Mar 2026): the morning of an overdue action is 08:30 EDT', () => {
    inTimeZone('America/New_York', () => {
      const doc = personDoc({ actionItems: [makeAction({ due: '2026-03-07' })] });
      const data = input([doc], only({ action_overdue: true }));
      const due = computeReminders(data, new Date('2026-03-08T12:30:00Z')).due;
      expect(due).toMatchObject([
        { id: 'action_overdue:p-1:a-1:2026-03-08', dueAt: '2026-03-08T12:30:00.000Z' },
      ]);
    });
  });

  it('snooze until tomorrow morning crosses a DST change at the same wall-clock time', () => {
    inTimeZone('Europe/Berlin', () => {
      const settings = defaultReminderSettings();
      // Saturday 24 Oct 20:00 CEST; tomorrow 08:30 is CET (UTC+1).
      expect(
        snoozeUntil('tomorrow', new Date('2026-10-24T18:00:00Z'), settings).toISOString(),
      ).toBe('2026-10-25T07:30:00.000Z');
      // Quiet hours keep their wall-clock times on the 23-hour day (29 Mar 2026).
      const weekdays = { ...settings, quietHours: { ...settings.quietHours, quietDays: [] } };
      expect(isQuiet(new Date('2026-03-29T16:00:00Z'), weekdays)).toBe(true); // 18:00 CEST
      expect(isQuiet(new Date('2026-03-29T15:59:00Z'), weekdays)).toBe(false);
    });
  });
});

describe('a time-zone change', () => {
  it('keeps every id (ids hold local wall-clock times) and moves the instants with the zone', () => {
    const doc = personDoc({
      person: { cadence: weeklyCadence({ weekday: 3, time: '13:00', startsOn: '2026-11-18' }) },
      actionItems: [makeAction({ due: '2026-11-17' })],
    });
    const data = input([doc], only({ meeting_soon: true, action_overdue: true }));
    const at = (zone: string, now: string) => {
      let result: ReturnType<typeof computeReminders> = { due: [], upcoming: [] };
      inTimeZone(zone, () => (result = computeReminders(data, new Date(now))));
      return [...result.due, ...result.upcoming];
    };
    const berlin = at('Europe/Berlin', '2026-11-18T08:00:00Z');
    const newYork = at('America/New_York', '2026-11-18T14:00:00Z');
    const pick = (rs: typeof berlin) => rs.filter((r) => r.id.includes('2026-11-18'));
    expect(pick(newYork).map((r) => r.id)).toEqual(pick(berlin).map((r) => r.id));
    const soon = (rs: typeof berlin) => rs.find((r) => r.kind === 'meeting_soon')?.dueAt;
    expect(soon(berlin)).toBe('2026-11-18T11:50:00.000Z');
    expect(soon(newYork)).toBe('2026-11-18T17:50:00.000Z');
  });
});
