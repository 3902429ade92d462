import { addLocalDays, localDaysBetween } from '../local-time';

export type DueState = 'overdue' | 'today' | 'soon' | 'later' | 'none';

export interface Due {
  state: DueState;
  /** Whole calendar days past the due date (0 when not overdue). */
  daysOverdue: number;
}

/**
 * Where a local due date stands on local date `today`: overdue from the day after it, due today,
 * soon up to and including `soonUntil`, else later. Calendar days, so a DST change (a 23- or
 * 25-hour day) never moves a date into the next state.
 */
export function dueState(due: string | null, today: string, soonUntil: string): Due {
  if (!due) return { state: 'none', daysOverdue: 0 };
  const days = localDaysBetween(due, today);
  if (days > 0) return { state: 'overdue', daysOverdue: days };
  if (days === 0) return { state: 'today', daysOverdue: 0 };
  return { state: due <= soonUntil ? 'soon' : 'later', daysOverdue: 0 };
}

/** True when something due on `due` needs attention by `until` (overdue, today or soon). */
export function isDueBy(due: string | null, until: string): boolean {
  return due !== null && due <= until;
}

/** The local date `days` after today: a horizon such as "the next 14 days". */
export const horizon = (today: string, days: number): string => addLocalDays(today, days);
