import { defineMigration } from '../migrations';

// Frozen: this file describes team.json as it was in formats 4 and 5. Never import the live
// model here, and never edit a shape below or the metrics a format 5 file starts with; a later
// change is a new migration file.

/** team.json in format 4, as read from disk before validation. */
interface TeamFileV4 {
  schemaVersion: 4;
  createdAt: string;
  [kept: string]: unknown;
}

interface MetricV5 {
  id: string;
  name: string;
  description: string;
  unit: 'percent' | 'duration' | 'count' | 'score';
  direction: 'higher' | 'lower';
  target: number | null;
  period: 'week' | 'month';
  aggregation: 'median' | 'mean' | 'sum' | 'ratio';
  clock: 'calendar' | 'business';
  scaleMax: number | null;
  builtIn: string | null;
  archived: boolean;
  createdAt: string;
}

/** Format 5 adds KPIs: metric definitions, saved import mappings, the record of imports. */
interface TeamFileV5 {
  schemaVersion: 5;
  createdAt: string;
  kpis: {
    metrics: MetricV5[];
    mappings: never[];
    imports: never[];
    preferences: { sharpDropRatio: number };
  };
  [kept: string]: unknown;
}

type MetricSeed = Omit<MetricV5, 'archived' | 'createdAt' | 'scaleMax' | 'description'> & {
  description: string;
  scaleMax?: number;
};

const METRICS_V5: MetricSeed[] = [
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
    builtIn: 'first_response_time',
  },
  {
    id: 'full_resolution_time',
    name: 'Full resolution time',
    description: 'Time from a ticket being created to its last solve.',
    unit: 'duration',
    direction: 'lower',
    target: 86400,
    period: 'week',
    aggregation: 'median',
    clock: 'business',
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
    builtIn: 'reopen_rate',
  },
];

export const teamV4ToV5 = defineMigration<TeamFileV4, TeamFileV5>({
  from: 4,
  describe: 'Adds KPIs: the default support metrics, saved mappings and the record of imports.',
  up(document) {
    return {
      ...document,
      schemaVersion: 5,
      kpis: {
        metrics: METRICS_V5.map((m) => ({
          ...m,
          scaleMax: m.scaleMax ?? null,
          archived: false,
          createdAt: document.createdAt,
        })),
        mappings: [],
        imports: [],
        preferences: { sharpDropRatio: 0.15 },
      },
    };
  },
});
