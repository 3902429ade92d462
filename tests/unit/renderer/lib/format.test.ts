import { describe, expect, it } from 'vitest';
import { formatDate, formatMeeting, todayIso } from '../../../../renderer/lib/format';

// Local times either side of midnight: in any zone but UTC, one falls on another UTC day.
describe('display formats are local', () => {
  it.each(['00:30', '20:00', '23:30'])('names today by the local date at %s', (time) => {
    expect(todayIso(new Date(`2027-01-04T${time}:00`))).toBe('2027-01-04');
  });

  it('shows a local date as that day and a 1:1 at its wall-clock time', () => {
    expect(formatDate('2027-01-04')).toBe('4 Jan 2027');
    expect(formatDate(null)).toBe('—');
    expect(formatMeeting('2030-01-04T20:30')).toBe('Fri 4 Jan, 20:30');
  });
});
