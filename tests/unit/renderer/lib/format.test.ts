import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatMeeting,
  formatTimestamp,
  todayIso,
} from '../../../../renderer/lib/format';
import { inTimeZone } from '../../helpers/time-zone';

// Local times either side of midnight: in any zone but UTC, one falls on another UTC day.
describe('display formats are local', () => {
  it.each(['00:30', '20:00', '23:30'])('names today by the local date at %s', (time) => {
    expect(todayIso(new Date(`2027-01-04T${time}:00`))).toBe('2027-01-04');
  });

  it.each(['00:30', '20:00', '23:30'])('shows a timestamp saved at %s in local time', (time) => {
    expect(formatTimestamp(new Date(`2027-01-04T${time}:00`).toISOString())).toBe(
      `4 Jan 2027, ${time}`,
    );
  });

  it('shows 01:00Z on 5 January as 4 January, 20:00 in New York', () => {
    inTimeZone('America/New_York', () => {
      expect(formatTimestamp('2027-01-05T01:00:00.000Z')).toBe('4 Jan 2027, 20:00');
    });
  });

  it('shows a local date as that day and a 1:1 at its wall-clock time', () => {
    expect(formatDate('2027-01-04')).toBe('4 Jan 2027');
    expect(formatDate(null)).toBe('—');
    expect(formatMeeting('2030-01-04T20:30')).toBe('Fri 4 Jan, 20:30');
  });
});
