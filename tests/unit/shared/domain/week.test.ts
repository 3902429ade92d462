import { describe, expect, it } from 'vitest';
import { localeWeekStart, resolveWeekStart } from '../../../../shared/domain/week';

describe('the first day of the week', () => {
  it.each([
    ['en-US', 0],
    ['en-GB', 1],
    ['de-DE', 1],
    ['pt-BR', 0],
    ['ar-EG', 0], // Saturday in the locale: Sunday is the nearer of the two offered
    ['fr', 1],
    ['not a locale!', 1],
  ] as const)('%s starts on %i', (locale, day) => {
    expect(localeWeekStart(locale)).toBe(day);
  });

  it("follows the lead's choice over the locale", () => {
    expect(resolveWeekStart('monday', 'en-US')).toBe(1);
    expect(resolveWeekStart('sunday', 'en-GB')).toBe(0);
    expect(resolveWeekStart('locale', 'en-US')).toBe(0);
  });
});
