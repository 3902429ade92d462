import type { BuiltInMetric, HelpdeskSource } from '../../../model/kpis';

/**
 * What one helpdesk's CSV export looks like, as far as Coachbook reads it: the column headings
 * that hold the person, the date, and each built-in metric. Each list is the headings to look
 * for, in order of preference, compared without case, spaces or punctuation differences
 * (`headerKey`). `COUNT_ROWS` for tickets solved means "count the rows" (one row per ticket).
 */
export interface HelpdeskPreset {
  source: HelpdeskSource;
  /** Ticket-level rows (one per ticket) or rows already aggregated per agent and period. */
  rows: 'tickets' | 'agents';
  email: readonly string[];
  name: readonly string[];
  date: readonly string[];
  metrics: Partial<Record<BuiltInMetric, readonly string[]>>;
  /** Headings that, together, say a file came from this helpdesk. Empty for Other. */
  signature: readonly string[];
}
