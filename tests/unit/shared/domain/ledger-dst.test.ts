import { describe, expect, it } from 'vitest';
import { toLocalDateTime } from '../../../../shared/domain/local-time';
import {
  notRecordedOneOnOnes,
  upcomingOneOnOnes,
  type LedgerSource,
} from '../../../../shared/domain/schedule';
import type { Cadence } from '../../../../shared/model/person';
import { weeklyCadence } from '../../helpers/people';
import { inTimeZone } from '../../helpers/time-zone';

/** One person added long before, meeting on a cadence, nothing recorded. */
const source = (cadence: Partial<Cadence>): LedgerSource => ({
  person: {
    cadence: weeklyCadence({ startsOn: '2026-01-01', ...cadence }),
    createdAt: '2026-01-01T12:00:00.000Z',
    status: 'active',
    archivedAt: null,
  },
  schedule: { exceptions: [], pastCadences: [] },
  meetings: [],
});
const local = (dates: { at: Date }[]) => dates.map((d) => toLocalDateTime(d.at));

describe('the ledger across daylight-saving days', () => {
  it('Berlin, spring forward (Sunday 2027-03-28): the 10:00 1:1 is today, then not recorded', () => {
    inTimeZone('Europe/Berlin', () => {
      const sundays = source({ weekday: 7, time: '10:00' });
      const duringIt = new Date('2027-03-28T10:30:00');
      expect(local(upcomingOneOnOnes(sundays, new Date('2027-03-28T00:00:00'), 1))).toEqual([
        '2027-03-28T10:00',
      ]);
      expect(duringIt.getTimezoneOffset()).toBe(-120);
      const nextDay = new Date('2027-03-29T08:00:00');
      expect(local(notRecordedOneOnOnes(sundays, nextDay)).slice(-2)).toEqual([
        '2027-03-21T10:00',
        '2027-03-28T10:00',
      ]);
    });
  });

  it('Berlin, fall back (Sunday 2027-10-31): 02:30 happens once, on its day', () => {
    inTimeZone('Europe/Berlin', () => {
      const sundays = source({ weekday: 7, time: '02:30' });
      const after = notRecordedOneOnOnes(sundays, new Date('2027-11-01T09:00:00'));
      expect(local(after).slice(-2)).toEqual(['2027-10-24T02:30', '2027-10-31T02:30']);
    });
  });

  it('Santiago, midnight that does not exist (2026-09-06): the 00:30 1:1 moves to 01:30, once', () => {
    inTimeZone('America/Santiago', () => {
      const sundays = source({ weekday: 7, time: '00:30' });
      const upcoming = upcomingOneOnOnes(sundays, new Date('2026-09-05T12:00:00'), 2);
      expect(local(upcoming)).toEqual(['2026-09-06T01:30', '2026-09-13T00:30']);
      const later = notRecordedOneOnOnes(sundays, new Date('2026-09-14T12:00:00'));
      expect(local(later).slice(-2)).toEqual(['2026-09-06T01:30', '2026-09-13T00:30']);
    });
  });

  it('New York and Sydney: every Monday since January is counted once, whatever the offset', () => {
    for (const zone of ['America/New_York', 'Australia/Sydney', 'Asia/Kolkata']) {
      inTimeZone(zone, () => {
        const mondays = source({ weekday: 1, time: '09:00' });
        const all = notRecordedOneOnOnes(mondays, new Date('2026-12-01T12:00:00'));
        // 2026-01-05 is the first Monday; 2026-11-30 the last before the 1st of December.
        expect(all.length).toBe(48);
        expect(new Set(local(all)).size).toBe(48);
        expect(local(all).every((at) => at.endsWith('T09:00'))).toBe(true);
      });
    }
  });
});
