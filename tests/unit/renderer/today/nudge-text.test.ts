import { describe, expect, it } from 'vitest';
import type { PersonBalance } from '../../../../shared/model/balance';
import { noNudgeText } from '../../../../renderer/features/recognition/nudge-text';

const person = (lastRecognisedOn: string | null, daysWithout: number) =>
  ({ lastRecognisedOn, daysWithout }) as PersonBalance;

describe("Today's nudge card when nobody is past the threshold", () => {
  it.each([
    [
      'a brand-new team, nobody recognised yet',
      [person(null, 0), person(null, 0)],
      'No recognition logged yet. Coachbook nudges you here about anyone who goes 14 days without it.',
    ],
    [
      'everyone recognised recently',
      [person('2026-11-10', 8), person('2026-11-17', 1)],
      'Everyone has been recognised in the last 14 days.',
    ],
    [
      'one newcomer not recognised yet',
      [person('2026-11-10', 8), person(null, 2)],
      'Everyone else has been recognised in the last 14 days; 1 person added recently not yet. Coachbook nudges you here about anyone who goes 14 days without it.',
    ],
  ])('%s', (_, people, text) => {
    expect(noNudgeText({ people, gapDays: 14 })).toBe(text);
  });
});
