import { parseLooseNumber } from './numbers';

/** The unit a bare duration number (`83`) is read in; typing defaults to minutes. */
export type BareDurationUnit = 'seconds' | 'minutes' | 'hours';

const SECONDS: Record<BareDurationUnit, number> = { seconds: 1, minutes: 60, hours: 3600 };

const UNIT_WORDS: Record<string, number> = {
  s: 1,
  sec: 1,
  secs: 1,
  second: 1,
  seconds: 1,
  m: 60,
  min: 60,
  mins: 60,
  minute: 60,
  minutes: 60,
  h: 3600,
  hr: 3600,
  hrs: 3600,
  hour: 3600,
  hours: 3600,
  d: 86_400,
  day: 86_400,
  days: 86_400,
  w: 604_800,
  wk: 604_800,
  wks: 604_800,
  week: 604_800,
  weeks: 604_800,
};

/**
 * A duration in seconds from `1:23:45` (h:mm:ss), `1:05` (h:mm), `83 min`, `1.4 h`, `1h 23m`,
 * `2 days 3 h`, `2 days, 3 hours and 5 minutes`, `45s`, or a bare number in `bareUnit`.
 * Null when the text is none of these; negative durations are null too.
 */
export function parseDuration(
  raw: string,
  options: { decimalComma?: boolean; bareUnit?: BareDurationUnit } = {},
): number | null {
  const text = raw.trim().toLowerCase();
  const clock = /^(\d+):([0-5]\d)(?::([0-5]\d(?:[.,]\d+)?))?$/.exec(text);
  if (clock) {
    const [, h, m, s] = clock;
    const seconds = s === undefined ? 0 : Number(s.replace(',', '.'));
    return Number(h) * 3600 + Number(m) * 60 + seconds;
  }
  const bare = parseLooseNumber(text, options.decimalComma);
  if (bare !== null) return bare < 0 ? null : bare * SECONDS[options.bareUnit ?? 'minutes'];
  return parseUnitParts(text, options.decimalComma ?? false);
}

function parseUnitParts(text: string, decimalComma: boolean): number | null {
  const part = /\s*(\d+(?:[.,]\d+)?)\s*([a-z]+)\.?\s*(?:,|\band\b)?/y;
  let total = 0;
  let count = 0;
  let at = 0;
  while (at < text.length) {
    part.lastIndex = at;
    const match = part.exec(text);
    if (!match) return null;
    const amount = parseLooseNumber(match[1]!, decimalComma);
    const unit = UNIT_WORDS[match[2]!];
    if (amount === null || unit === undefined) return null;
    total += amount * unit;
    count += 1;
    at = part.lastIndex;
  }
  return count > 0 ? total : null;
}

/**
 * A duration for reading, rounded to what a lead compares: under a minute in seconds (`45 s`),
 * under an hour in whole minutes (`12 min`), under a day in hours and two-digit minutes
 * (`1 h 05 min`, or `3 h` on the hour), from a day on in days and whole hours (`2 d 3 h`).
 */
export function formatDuration(seconds: number): string {
  const sign = seconds < 0 ? '-' : '';
  const s = Math.round(Math.abs(seconds));
  if (s < 60) return `${sign}${s} s`;
  const minutes = Math.round(s / 60);
  if (minutes < 60) return `${sign}${minutes} min`;
  if (minutes < 24 * 60) {
    const h = Math.floor(minutes / 60);
    const m = minutes % 60;
    return m === 0 ? `${sign}${h} h` : `${sign}${h} h ${String(m).padStart(2, '0')} min`;
  }
  const hours = Math.round(s / 3600);
  const d = Math.floor(hours / 24);
  const h = hours % 24;
  return h === 0 ? `${sign}${d} d` : `${sign}${d} d ${h} h`;
}

/**
 * A duration for editing, exact to the second and read back by `parseDuration`:
 * `45 s`, `1 h 5 min`, `2 d 3 h 4 min 5 s`, `0 s`.
 */
export function formatDurationInput(seconds: number): string {
  let rest = Math.round(Math.max(0, seconds));
  const parts: string[] = [];
  for (const [unit, size] of [
    ['d', 86_400],
    ['h', 3600],
    ['min', 60],
  ] as const) {
    const amount = Math.floor(rest / size);
    if (amount > 0) parts.push(`${amount} ${unit}`);
    rest -= amount * size;
  }
  if (rest > 0 || parts.length === 0) parts.push(`${rest} s`);
  return parts.join(' ');
}
