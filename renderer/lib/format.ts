import { format, formatDistanceStrict, isToday, isTomorrow, parseISO } from 'date-fns';
import {
  FREQUENCY_LABELS,
  WEEKDAY_LABELS,
  WEEK_OF_MONTH_LABELS,
  type Cadence,
} from '../../shared/model/person';

export function formatMeeting(iso: string): string {
  const date = parseISO(iso);
  const time = format(date, 'HH:mm');
  if (isToday(date)) return `Today ${time}`;
  if (isTomorrow(date)) return `Tomorrow ${time}`;
  return format(date, 'EEE d MMM, HH:mm');
}

export function formatDate(isoDate: string | null): string {
  return isoDate ? format(parseISO(isoDate), 'd MMM yyyy') : '—';
}

export function formatTimestamp(iso: string): string {
  return format(parseISO(iso), 'd MMM yyyy, HH:mm');
}

export function relativeTo(iso: string, now: Date): string {
  return formatDistanceStrict(parseISO(iso), now, { addSuffix: true });
}

/** "Every two weeks on Tuesday at 10:00", "Monthly on the last Friday at 15:30". */
export function describeCadence(cadence: Cadence): string {
  if (cadence.frequency === 'none') return FREQUENCY_LABELS.none;
  const weekday = WEEKDAY_LABELS[cadence.weekday - 1] ?? '';
  if (cadence.frequency === 'monthly') {
    const nth = (WEEK_OF_MONTH_LABELS[cadence.weekOfMonth - 1] ?? '').toLowerCase();
    return `Monthly on the ${nth} ${weekday} at ${cadence.time}`;
  }
  return `${FREQUENCY_LABELS[cadence.frequency]} on ${weekday} at ${cadence.time}`;
}

export function todayIso(now = new Date()): string {
  return format(now, 'yyyy-MM-dd');
}
