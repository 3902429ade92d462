import type { Training } from '../../model/growth';
import { timestampToLocalDate } from '../local-time';

/**
 * The local date a training's hours count on: its completion date, else its start date, else the
 * day it was logged. Hours are kept as one figure per training, so they fall in one period.
 */
export function hoursDate(training: Training): string {
  return training.completedOn ?? training.startedOn ?? timestampToLocalDate(training.createdAt);
}

/** The first local date of the calendar quarter holding `today` (`2026-11-18` → `2026-10-01`). */
export function quarterStart(today: string): string {
  const month = Number(today.slice(5, 7));
  const first = Math.floor((month - 1) / 3) * 3 + 1;
  return `${today.slice(0, 4)}-${String(first).padStart(2, '0')}-01`;
}

export const yearStart = (today: string): string => `${today.slice(0, 4)}-01-01`;

/** Hours spent from `from` to `to`, both local dates included. */
export function hoursBetween(trainings: Training[], from: string, to: string): number {
  let total = 0;
  for (const t of trainings) {
    const on = hoursDate(t);
    if (on >= from && on <= to) total += t.hoursSpent;
  }
  return Math.round(total * 100) / 100;
}

/** Hours spent this calendar quarter and this calendar year, up to and including today. */
export function trainingHours(
  trainings: Training[],
  today: string,
): { quarter: number; year: number } {
  return {
    quarter: hoursBetween(trainings, quarterStart(today), today),
    year: hoursBetween(trainings, yearStart(today), today),
  };
}
