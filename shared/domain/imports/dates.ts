import { timestampToLocalDate } from '../local-time';
import { periodBounds } from '../kpis/periods';

export type RowDateResult = { ok: true; date: string } | { ok: false; message: string };

/** How a slashed date whose two first numbers are both 12 or less is read: 03/04/2026. */
export const DATE_ORDERS = ['month-first', 'day-first'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?)?$/i;

const HINT =
  'Use a date like 2026-11-03, a date and time, a month like 2026-11 or a week like 2026-W45.';

const pad = (n: string) => n.padStart(2, '0');

/** Whether a day exists, by arithmetic (this runs for every row of a 100,000-row import). */
function isRealDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  return d <= days;
}

function localDate(y: string, m: string, d: string): RowDateResult {
  const date = `${y}-${pad(m)}-${pad(d)}`;
  return isRealDay(Number(y), Number(m), Number(d))
    ? { ok: true, date }
    : { ok: false, message: `${date} is not a real date.` };
}

/**
 * The local date a row belongs to, from its date column. A date-time with an offset or `Z` is an
 * instant, turned into the lead's local date (`shared/domain/local-time`); a date or a date-time
 * without an offset is taken as local. A month (`2026-11`) or an ISO week (`2026-W45`) stands for
 * its first day. `03.11.2026` is day first. `11/03/2026` is read in `order` (month first by
 * default, as US helpdesks write it), unless one of the numbers is above 12 and so decides.
 */
export function rowLocalDate(raw: string, order: DateOrder = 'month-first'): RowDateResult {
  const text = raw.trim();
  if (text === '') return { ok: false, message: 'The date is empty.' };
  const period = /^(\d{4})-(\d{2}|W\d{2})$/.exec(text);
  if (period) {
    try {
      return { ok: true, date: periodBounds(text).start };
    } catch {
      return { ok: false, message: `${text} is not a real month or week.` };
    }
  }
  const instant =
    /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(:\d{2}(?:\.\d+)?)?\s*(Z|UTC|[+-]\d{2}:?\d{2})$/i.exec(
      text,
    );
  if (instant) {
    const [, day, hm, seconds, zone] = instant;
    const [y, m, d] = day!.split('-');
    if (!isRealDay(Number(y), Number(m), Number(d)))
      return { ok: false, message: `${day} is not a real date.` };
    const offset = /^(z|utc)$/i.test(zone!)
      ? 'Z'
      : zone!.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
    const at = new Date(`${day}T${hm}${seconds ?? ':00'}${offset}`);
    if (Number.isNaN(at.getTime()))
      return { ok: false, message: `${text} is not a real time. ${HINT}` };
    return { ok: true, date: timestampToLocalDate(at.toISOString()) };
  }
  const iso =
    /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/.exec(text);
  if (iso) return localDate(iso[1]!, iso[2]!, iso[3]!);
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(text);
  if (dotted) return localDate(dotted[3]!, dotted[2]!, dotted[1]!);
  const slashed = SLASHED.exec(text);
  if (slashed) {
    const [, a, b, y] = slashed;
    const dayFirst = Number(a) > 12 || (Number(b) <= 12 && order === 'day-first');
    return dayFirst ? localDate(y!, b!, a!) : localDate(y!, a!, b!);
  }
  return { ok: false, message: `"${text.slice(0, 40)}" is not a date. ${HINT}` };
}

/**
 * The order the slashed dates of a file's first rows are written in: day first when one has a
 * first number above 12 (`25/03/2026`), month first when one has a second number above 12;
 * `ambiguous` when every one could be either (`03/04/2026`: the lead is asked), null when the
 * cells have no slashed date (the question does not arise).
 */
export function detectDateOrder(cells: readonly string[]): DateOrder | 'ambiguous' | null {
  let slashed = false;
  for (const cell of cells) {
    const match = SLASHED.exec(cell.trim());
    if (!match) continue;
    slashed = true;
    if (Number(match[1]) > 12) return 'day-first';
    if (Number(match[2]) > 12) return 'month-first';
  }
  return slashed ? 'ambiguous' : null;
}

/** The order a locale writes dates in (`en-US` month first, `en-GB` and `de-DE` day first). */
export function localeDateOrder(locale: string): DateOrder {
  try {
    const parts = new Intl.DateTimeFormat(locale, { dateStyle: 'short' }).formatToParts(
      new Date(2026, 3, 3),
    );
    const month = parts.findIndex((p) => p.type === 'month');
    const day = parts.findIndex((p) => p.type === 'day');
    return day >= 0 && month >= 0 && day < month ? 'day-first' : 'month-first';
  } catch {
    return 'month-first';
  }
}
