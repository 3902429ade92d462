import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CadenceCard } from '../../../../renderer/features/team/ProfileCards';
import { makePerson, weeklyCadence } from '../../helpers/people';
import { inTimeZone } from '../../helpers/time-zone';
import { renderWithMantine } from '../mantine';

// The profile's cadence says when its time does not exist on a daylight-saving day.

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('CadenceCard', () => {
  it('says that 02:30 does not exist on 28 March 2027 in Berlin, and where the 1:1 goes', () => {
    inTimeZone('Europe/Berlin', () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2027-03-01T09:00:00'));
      const person = makePerson({ cadence: weeklyCadence({ weekday: 7, time: '02:30' }) });
      renderWithMantine(<CadenceCard person={person} nextMeeting={null} />);
      expect(screen.getByRole('note').textContent).toBe(
        '02:30 does not exist on 28 March 2027; that 1:1 will be at 03:30.',
      );
    });
  });

  it('says nothing for a time that exists every day of the year', () => {
    inTimeZone('America/New_York', () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2027-03-01T09:00:00'));
      const person = makePerson({ cadence: weeklyCadence({ weekday: 7, time: '03:30' }) });
      renderWithMantine(<CadenceCard person={person} nextMeeting={null} />);
      expect(screen.queryByRole('note')).toBeNull();
    });
  });
});
