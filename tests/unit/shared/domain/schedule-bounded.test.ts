import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openOneOnOnes, upcomingOneOnOnes } from '../../../../shared/domain/schedule';
import { inTimeZone } from '../../helpers/time-zone';
import { ledgerArb } from './reminders/generated';

function toSource(ledger: {
  cadence: Parameters<typeof upcomingOneOnOnes>[0]['person']['cadence'];
  createdAt: string;
  schedule: Parameters<typeof upcomingOneOnOnes>[0]['schedule'];
  meetings: Parameters<typeof upcomingOneOnOnes>[0]['meetings'];
}) {
  const { cadence, createdAt, schedule, meetings } = ledger;
  return {
    person: { cadence, createdAt, status: 'active' as const, archivedAt: null },
    schedule,
    meetings,
  };
}

const startArb = fc
  .integer({ min: -60 * 24, max: 40 * 24 })
  .map((hours) => new Date(new Date('2026-11-18T00:00').getTime() + hours * 3_600_000));
const spanArb = fc.integer({ min: 0, max: 45 * 24 * 60 }).map((minutes) => minutes * 60_000);

describe('openOneOnOnes, the bounded ledger the reminders ask', () => {
  for (const zone of ['Europe/Berlin', 'America/New_York', 'Pacific/Auckland']) {
    it(`answers the first 1:1s of upcomingOneOnOnes up to its end, in ${zone}`, () => {
      inTimeZone(zone, () =>
        fc.assert(
          fc.property(
            ledgerArb,
            startArb,
            spanArb,
            fc.integer({ min: 1, max: 10 }),
            (l, start, span, count) => {
              const src = toSource(l);
              const end = new Date(start.getTime() + span);
              const unbounded = upcomingOneOnOnes(src, start, count).filter((o) => o.at < end);
              expect(openOneOnOnes(src, start, end).slice(0, count)).toEqual(unbounded);
            },
          ),
          { numRuns: 150 },
        ),
      );
    }, 30_000);
  }

  it('answers the same within a span however far its end reaches', () => {
    fc.assert(
      fc.property(ledgerArb, startArb, spanArb, spanArb, (l, start, a, b) => {
        const src = toSource(l);
        const near = new Date(start.getTime() + Math.min(a, b));
        const far = new Date(start.getTime() + Math.max(a, b));
        expect(openOneOnOnes(src, start, near)).toEqual(
          openOneOnOnes(src, start, far).filter((o) => o.at < near),
        );
      }),
      { numRuns: 200 },
    );
  }, 30_000);

  it('has nothing in an empty span', () => {
    fc.assert(
      fc.property(ledgerArb, startArb, (l, start) => {
        expect(openOneOnOnes(toSource(l), start, start)).toEqual([]);
      }),
      { numRuns: 30 },
    );
  });
});
