import { format, isToday, isTomorrow } from 'date-fns';
import { displayLocalDate, fromLocalDateTime, toLocalDate } from '../../shared/domain/local-time';

// Every date shown here is local: conversions go through shared/domain/local-time.ts.

/** A local date-time (`2026-11-17T10:00`), as stored on 1:1s. */
export function formatMeeting(local: string): string {
  const date = fromLocalDateTime(local);
  const time = format(date, 'HH:mm');
  if (isToday(date)) return `Today ${time}`;
  if (isTomorrow(date)) return `Tomorrow ${time}`;
  return format(date, 'EEE d MMM, HH:mm');
}

/** A local date (`2026-11-17`). */
export function formatDate(localDate: string | null): string {
  return localDate ? displayLocalDate(localDate) : '—';
}

export { describeCadenceText as describeCadence } from '../../shared/domain/cadence-text';

/** Today's local date, `2026-11-17`. */
export function todayIso(now = new Date()): string {
  return toLocalDate(now);
}
