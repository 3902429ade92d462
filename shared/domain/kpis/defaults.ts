import type { MetricDefinition, TeamKpis } from '../../model/kpis';

type DefaultMetric = Omit<MetricDefinition, 'createdAt' | 'archived'>;

/**
 * The support metrics a new team starts with. Targets are common starting points a lead edits:
 * CSAT 90 % and reopen rate 5 % per month, first response within 1 business hour and full
 * resolution within 24 business hours (medians per week), QA score 85 of 100 per month.
 */
export const DEFAULT_METRICS: readonly DefaultMetric[] = [
  {
    id: 'csat',
    name: 'CSAT',
    description: 'Share of satisfaction ratings that were good (4-5 of 5, or "good").',
    unit: 'percent',
    direction: 'higher',
    target: 0.9,
    period: 'month',
    aggregation: 'ratio',
    clock: 'calendar',
    scaleMax: null,
    builtIn: 'csat',
  },
  {
    id: 'first_response_time',
    name: 'First response time',
    description: 'Time from a ticket being created to the first public reply.',
    unit: 'duration',
    direction: 'lower',
    target: 3600,
    period: 'week',
    aggregation: 'median',
    clock: 'business',
    scaleMax: null,
    builtIn: 'first_response_time',
  },
  {
    id: 'full_resolution_time',
    name: 'Full resolution time',
    description: 'Time from a ticket being created to its last solve.',
    unit: 'duration',
    direction: 'lower',
    target: 86_400,
    period: 'week',
    aggregation: 'median',
    clock: 'business',
    scaleMax: null,
    builtIn: 'full_resolution_time',
  },
  {
    id: 'qa_score',
    name: 'QA score',
    description: 'Average internal quality review score.',
    unit: 'score',
    direction: 'higher',
    target: 85,
    period: 'month',
    aggregation: 'mean',
    clock: 'calendar',
    scaleMax: 100,
    builtIn: 'qa_score',
  },
  {
    id: 'tickets_solved',
    name: 'Tickets solved',
    description: 'Tickets solved in the period.',
    unit: 'count',
    direction: 'higher',
    target: null,
    period: 'week',
    aggregation: 'sum',
    clock: 'calendar',
    scaleMax: null,
    builtIn: 'tickets_solved',
  },
  {
    id: 'reopen_rate',
    name: 'Reopen rate',
    description: 'Share of solved tickets that were reopened.',
    unit: 'percent',
    direction: 'lower',
    target: 0.05,
    period: 'month',
    aggregation: 'ratio',
    clock: 'calendar',
    scaleMax: null,
    builtIn: 'reopen_rate',
  },
];

export const DEFAULT_SHARP_DROP_RATIO = 0.15;

/** What team.json holds for KPIs when a team starts. */
export function defaultTeamKpis(createdAt: string): TeamKpis {
  return {
    metrics: DEFAULT_METRICS.map((m) => ({ ...m, archived: false, createdAt })),
    mappings: [],
    imports: [],
    preferences: { sharpDropRatio: DEFAULT_SHARP_DROP_RATIO },
  };
}
