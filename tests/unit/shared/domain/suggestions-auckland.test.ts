import { afterAll, describe, expect, it, vi } from 'vitest';
import { suggestTopics } from '../../../../shared/domain/suggestions';
import { personDocument } from '../../helpers/store';

/**
 * Far east of UTC a local morning is still the previous day in UTC: the day counts must use the
 * lead's local calendar, as the rest of the app does. Node reads process.env.TZ when it changes.
 */
const previousTz = vi.hoisted(() => {
  const previous = process.env.TZ;
  process.env.TZ = 'Pacific/Auckland';
  return previous;
});

afterAll(() => {
  if (previousTz === undefined) delete process.env.TZ;
  else process.env.TZ = previousTz;
});

const NOW = new Date('2026-11-18T09:00:00'); // local Auckland time
// Added on Wednesday 4 November at 09:00 in Auckland, which is 3 November 20:00 UTC.
const addedLocally = () =>
  personDocument({ createdAt: new Date('2026-11-04T09:00:00').toISOString() });
const kindsOf = (gapDays: number) => suggestTopics(addedLocally(), NOW, gapDays).map((s) => s.kind);

describe('suggestTopics in Pacific/Auckland', () => {
  it('runs in Auckland time', () => {
    expect(addedLocally().person.createdAt).toBe('2026-11-03T20:00:00.000Z');
  });

  it('counts local days for the cadence nudge: added 8 November locally is 10 days ago', () => {
    const doc = personDocument({ createdAt: new Date('2026-11-08T09:00:00').toISOString() });
    expect(doc.person.createdAt.slice(0, 10)).toBe('2026-11-07');
    expect(suggestTopics(doc, NOW, 365).map((s) => s.kind)).not.toContain('no_recent_one_on_one');
  });

  // Fails today: shared/domain/suggestions.ts takes `person.createdAt.slice(0, 10)`, the UTC
  // date (2026-11-03), so the gap is 15 days and the nudge comes a day early.
  it('counts the recognition gap from the local day the person was added', () => {
    expect(kindsOf(14)).toContain('recognition_gap');
    expect(kindsOf(15)).not.toContain('recognition_gap');
  });
});
