import { describe, expect, it } from 'vitest';
import { cadenceChanged, describeCadenceText } from '../../../../shared/domain/cadence-text';
import { weeklyCadence } from '../../helpers/people';

describe('describeCadenceText', () => {
  it.each([
    [weeklyCadence({ frequency: 'none' }), 'No regular 1:1'],
    [weeklyCadence(), 'Weekly on Tuesday at 10:00'],
    [
      weeklyCadence({ frequency: 'biweekly', weekday: 5, time: '15:30' }),
      'Every two weeks on Friday at 15:30',
    ],
    [weeklyCadence({ weekday: 7, time: '08:05' }), 'Weekly on Sunday at 08:05'],
    [
      weeklyCadence({ frequency: 'monthly', weekday: 1, weekOfMonth: 2, time: '09:00' }),
      'Monthly on the second Monday at 09:00',
    ],
    [
      weeklyCadence({ frequency: 'monthly', weekday: 5, weekOfMonth: 5, time: '15:30' }),
      'Monthly on the last Friday at 15:30',
    ],
  ])('describes %j as %s', (cadence, text) => {
    expect(describeCadenceText(cadence)).toBe(text);
  });
});

describe('cadenceChanged', () => {
  const base = weeklyCadence();

  it('is false for the same cadence', () => {
    expect(cadenceChanged(base, { ...base })).toBe(false);
  });

  it.each([
    ['frequency', { frequency: 'biweekly' as const }],
    ['weekday', { weekday: 3 }],
    ['time', { time: '10:30' }],
    ['start date', { startsOn: '2026-11-24' }],
  ])('is true when the %s changes', (_label, change) => {
    expect(cadenceChanged(base, { ...base, ...change })).toBe(true);
  });

  it('ignores the week of the month unless the cadence is monthly', () => {
    expect(cadenceChanged(base, { ...base, weekOfMonth: 3 })).toBe(false);
    const monthly = weeklyCadence({ frequency: 'monthly' });
    expect(cadenceChanged(monthly, { ...monthly, weekOfMonth: 3 })).toBe(true);
  });

  it('sees no change between two cadences without a regular 1:1', () => {
    const none = weeklyCadence({ frequency: 'none' });
    expect(
      cadenceChanged(none, { ...none, weekday: 5, time: '16:00', startsOn: '2027-01-01' }),
    ).toBe(false);
  });

  it('sees a change from no regular 1:1 to one, and back', () => {
    const none = weeklyCadence({ frequency: 'none' });
    expect(cadenceChanged(none, base)).toBe(true);
    expect(cadenceChanged(base, none)).toBe(true);
  });
});
