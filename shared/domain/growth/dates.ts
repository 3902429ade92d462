import { addDays } from 'date-fns';
import { fromLocalDate, toLocalDate } from '../local-time';

/** The local date `days` after a local date, in calendar days: a DST change moves nothing. */
export const addLocalDays = (value: string, days: number): string =>
  toLocalDate(addDays(fromLocalDate(value), days));
