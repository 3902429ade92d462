import { addDays, differenceInCalendarDays, format, parseISO, startOfDay } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addLocalDays,
  calendarDaysBetween,
  displayLocalDate,
  fromLocalDate,
  fromLocalDateTime,
  localDaysBetween,
  storedToLocalDate,
  timestampToLocalDate,
  timestampToLocalDateTime,
  toLocalDate,
  toLocalDateTime,
} from '../../../../shared/domain/local-time';
import { inTimeZone } from '../../helpers/time-zone';

/**
 * local-time.ts reads and writes its fixed formats by hand; these are the date-fns calls it
 * stands for. Every function must give exactly what they give (or throw where they throw), in
 * zones with DST gaps and overlaps at 02:00, at midnight (Santiago, Havana, Beirut), of half an
 * hour (Lord Howe), with none (Kolkata), and a day skipped altogether (Apia, 30 Dec 2011).
 */
const reference = {
  toLocalDateTime: (date: Date) => format(date, "yyyy-MM-dd'T'HH:mm"),
  fromLocalDateTime: (value: string) => parseISO(value),
  toLocalDate: (date: Date) => format(date, 'yyyy-MM-dd'),
  fromLocalDate: (value: string) => startOfDay(parseISO(value)),
  addLocalDays: (value: string, days: number) =>
    format(addDays(startOfDay(parseISO(value)), days), 'yyyy-MM-dd'),
  storedToLocalDate: (value: string) =>
    /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : format(new Date(value), 'yyyy-MM-dd'),
  localDaysBetween: (from: string, to: string) =>
    differenceInCalendarDays(startOfDay(parseISO(to)), startOfDay(parseISO(from))),
  displayLocalDate: (value: string) => format(startOfDay(parseISO(value)), 'd MMM yyyy'),
};

const ZONES = [
  'UTC',
  'Europe/Berlin',
  'America/New_York',
  'Australia/Sydney',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
  'America/Santiago',
  'America/Havana',
  'Asia/Beirut',
  'Pacific/Apia',
];

/** A value, an Invalid Date's NaN, or the error thrown: compared as data. */
function outcome(run: () => unknown): unknown {
  try {
    const value = run();
    return value instanceof Date ? { time: value.getTime() } : { value };
  } catch (error) {
    return { threw: String(error) };
  }
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Local dates and date-times as stored, mostly real, some not (31 Feb, 24:00, 00 month). */
const year = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 1995, max: 2040 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 9999 }) },
);
const localDate = fc
  .tuple(year, fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
  .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
const localDateTime = fc
  .tuple(localDate, fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 }))
  .map(([day, h, m]) => `${day}T${pad(h, 2)}:${pad(m, 2)}`);
const oddText = fc.oneof(
  fc.constantFrom('', '2027-1-4', '2027-01-04T1:00', '2027-01-04 10:00', '2027-01-04T10:00:30'),
  fc.constantFrom('2027-01-04T10:00Z', '20270104', '+2027-01-04', '2027-01-04T24:00', 'soon'),
  fc.string({ maxLength: 16 }),
);
const anyText = fc.oneof(localDate, localDateTime, oddText);
/** Instants from 1900 to 2100, near half of them on the hour (where DST changes happen). */
const instant = fc
  .tuple(fc.integer({ min: -2_208_988_800, max: 4_102_444_800 }), fc.boolean())
  .map(([seconds, onHour]) => new Date((onHour ? seconds - (seconds % 3600) : seconds) * 1000));

const RUNS = 400;

describe.each(ZONES)('local-time.ts gives what date-fns gives, in %s', (zone) => {
  const check = (run: () => void) => inTimeZone(zone, run);

  it('reads local dates and date-times', () => {
    check(() =>
      fc.assert(
        fc.property(anyText, (value) => {
          expect(outcome(() => fromLocalDateTime(value))).toEqual(
            outcome(() => reference.fromLocalDateTime(value)),
          );
          expect(outcome(() => fromLocalDate(value))).toEqual(
            outcome(() => reference.fromLocalDate(value)),
          );
          expect(outcome(() => displayLocalDate(value))).toEqual(
            outcome(() => reference.displayLocalDate(value)),
          );
          expect(outcome(() => storedToLocalDate(value))).toEqual(
            outcome(() => reference.storedToLocalDate(value)),
          );
        }),
        { numRuns: RUNS },
      ),
    );
  });

  it('writes instants as local dates and date-times', () => {
    check(() =>
      fc.assert(
        fc.property(fc.oneof(instant, fc.constant(new Date(NaN))), (date) => {
          expect(outcome(() => toLocalDate(date))).toEqual(
            outcome(() => reference.toLocalDate(date)),
          );
          expect(outcome(() => toLocalDateTime(date))).toEqual(
            outcome(() => reference.toLocalDateTime(date)),
          );
          const stamp = Number.isNaN(date.getTime()) ? 'not a time' : date.toISOString();
          expect(outcome(() => timestampToLocalDate(stamp))).toEqual(
            outcome(() => reference.toLocalDate(new Date(stamp))),
          );
          expect(outcome(() => timestampToLocalDateTime(stamp))).toEqual(
            outcome(() => reference.toLocalDateTime(new Date(stamp))),
          );
        }),
        { numRuns: RUNS },
      ),
    );
  });

  it('counts and adds calendar days', () => {
    check(() =>
      fc.assert(
        fc.property(
          anyText,
          localDate,
          fc.integer({ min: -800, max: 800 }),
          instant,
          instant,
          (a, b, days, later, earlier) => {
            expect(outcome(() => addLocalDays(a, days))).toEqual(
              outcome(() => reference.addLocalDays(a, days)),
            );
            expect(outcome(() => localDaysBetween(a, b))).toEqual(
              outcome(() => reference.localDaysBetween(a, b)),
            );
            expect(calendarDaysBetween(later, earlier)).toBe(
              differenceInCalendarDays(later, earlier),
            );
          },
        ),
        { numRuns: RUNS },
      ),
    );
  });
});

/** Each DST change in each zone, and the days on either side, at every quarter hour. */
const TRANSITION_DAYS: [zone: string, day: string][] = [
  ['Europe/Berlin', '2027-03-28'],
  ['Europe/Berlin', '2027-10-31'],
  ['America/New_York', '2027-03-14'],
  ['America/New_York', '2027-11-07'],
  ['Australia/Sydney', '2027-04-04'],
  ['Australia/Sydney', '2027-10-03'],
  ['Australia/Lord_Howe', '2027-04-04'],
  ['Australia/Lord_Howe', '2027-10-03'],
  ['America/Santiago', '2027-04-04'],
  ['America/Santiago', '2027-09-05'],
  ['America/Havana', '2027-03-14'],
  ['America/Havana', '2027-11-07'],
  ['Asia/Beirut', '2027-03-28'],
  ['Asia/Beirut', '2027-10-31'],
  ['Pacific/Apia', '2011-12-29'],
  ['Pacific/Apia', '2011-12-30'],
  ['Pacific/Apia', '2011-12-31'],
];

describe('around every DST change, at every quarter hour', () => {
  it.each(TRANSITION_DAYS)('%s on %s and the days beside it', (zone, day) => {
    inTimeZone(zone, () => {
      for (const offset of [-1, 0, 1]) {
        const date = reference.addLocalDays(day, offset);
        expect(outcome(() => fromLocalDate(date))).toEqual(
          outcome(() => reference.fromLocalDate(date)),
        );
        expect(addLocalDays(date, 1)).toBe(reference.addLocalDays(date, 1));
        expect(addLocalDays(date, -1)).toBe(reference.addLocalDays(date, -1));
        expect(localDaysBetween(day, date)).toBe(reference.localDaysBetween(day, date));
        for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
          const value = `${date}T${pad(Math.floor(minutes / 60), 2)}:${pad(minutes % 60, 2)}`;
          const read = fromLocalDateTime(value);
          expect(read.getTime()).toBe(reference.fromLocalDateTime(value).getTime());
          expect(toLocalDateTime(read)).toBe(reference.toLocalDateTime(read));
          expect(fromLocalDate(value).getTime()).toBe(reference.fromLocalDate(value).getTime());
        }
      }
    });
  });
});
