import { format, formatDistanceStrict, isToday, isTomorrow, parseISO } from 'date-fns';

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

export { describeCadenceText as describeCadence } from '../../shared/domain/cadence-text';

export function todayIso(now = new Date()): string {
  return format(now, 'yyyy-MM-dd');
}
