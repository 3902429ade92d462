import { describe, expect, it } from 'vitest';
import {
  detectDateOrder,
  localeDateOrder,
  rowLocalDate,
} from '../../../../../shared/domain/imports/dates';

describe('slashed dates that could be read either way', () => {
  it.each([
    ['03/04/2026', 'month-first', '2026-03-04'],
    ['03/04/2026', 'day-first', '2026-04-03'],
    ['03/04/2026 14:05', 'day-first', '2026-04-03'],
    // A number above 12 decides, whatever the order asked for.
    ['25/03/2026', 'month-first', '2026-03-25'],
    ['03/25/2026', 'day-first', '2026-03-25'],
    ['12/12/2026', 'day-first', '2026-12-12'],
  ] as const)('%s read %s is %s', (raw, order, date) => {
    expect(rowLocalDate(raw, order)).toEqual({ ok: true, date });
  });

  it('reads month first when not told, as before', () => {
    expect(rowLocalDate('03/04/2026')).toEqual({ ok: true, date: '2026-03-04' });
  });

  it('refuses a day that does not exist in the order chosen', () => {
    expect(rowLocalDate('02/30/2026', 'day-first')).toEqual({
      ok: false,
      message: '2026-02-30 is not a real date.',
    });
    expect(rowLocalDate('30/02/2026', 'month-first').ok).toBe(false);
  });

  it.each([
    [['03/04/2026', '25/04/2026'], 'day-first'],
    [['03/04/2026', '04/25/2026 9:00 AM'], 'month-first'],
    [['03/04/2026', '05/06/2026', ''], 'ambiguous'],
    [['2026-03-04', '04.03.2026'], null],
    [[], null],
  ] as const)('the first rows %j say %s', (cells, order) => {
    expect(detectDateOrder(cells)).toBe(order);
  });

  it.each([
    ['en-US', 'month-first'],
    ['en-GB', 'day-first'],
    ['de-DE', 'day-first'],
    ['fr-FR', 'day-first'],
    ['ja-JP', 'month-first'],
    ['not a locale!', 'month-first'],
  ] as const)("the lead's locale %s writes dates %s", (locale, order) => {
    expect(localeDateOrder(locale)).toBe(order);
  });
});
