import { z } from 'zod';
import { idSchema, requiredText, timestampSchema, trimmedText } from './common';

/**
 * KPIs (pillar 5): metric definitions, saved import mappings and the record of each import live in
 * team.json (`kpis`); the values live in each person's file (`kpis.values`), so deleting or
 * exporting a person takes their numbers with them.
 *
 * Stored units: durations in seconds, percentages as ratios (0.92 for 92 %), counts and scores as
 * the number itself. How a number is shown is `shared/domain/kpis/format.ts`.
 */

export const METRIC_UNITS = ['percent', 'duration', 'count', 'score'] as const;
export type MetricUnit = (typeof METRIC_UNITS)[number];
export const METRIC_UNIT_LABELS: Record<MetricUnit, string> = {
  percent: 'Percent',
  duration: 'Duration',
  count: 'Count',
  score: 'Score',
};

export const METRIC_DIRECTIONS = ['higher', 'lower'] as const;
export type MetricDirection = (typeof METRIC_DIRECTIONS)[number];
export const METRIC_DIRECTION_LABELS: Record<MetricDirection, string> = {
  higher: 'Higher is better',
  lower: 'Lower is better',
};

export const METRIC_PERIODS = ['week', 'month'] as const;
export type MetricPeriod = (typeof METRIC_PERIODS)[number];

/** How the helpdesk (or the importer) made one number out of many tickets. */
export const METRIC_AGGREGATIONS = ['median', 'mean', 'sum', 'ratio'] as const;
export type MetricAggregation = (typeof METRIC_AGGREGATIONS)[number];

/** Calendar hours or business hours: helpdesks differ, and one cannot be converted to the other. */
export const METRIC_CLOCKS = ['calendar', 'business'] as const;
export type MetricClock = (typeof METRIC_CLOCKS)[number];

/** The built-in support metrics; a custom metric has `builtIn: null`. */
export const BUILT_IN_METRICS = [
  'csat',
  'first_response_time',
  'full_resolution_time',
  'qa_score',
  'tickets_solved',
  'reopen_rate',
] as const;
export type BuiltInMetric = (typeof BUILT_IN_METRICS)[number];

const finiteNumber = (message: string) => z.number(message).refine(Number.isFinite, message);

export const metricDefinitionSchema = z.object({
  id: idSchema,
  name: requiredText('Metric name', 60),
  /** A line for the lead: what counts, where the number comes from. */
  description: trimmedText('Description', 300),
  unit: z.enum(METRIC_UNITS, 'Choose percent, duration, count or score.'),
  direction: z.enum(METRIC_DIRECTIONS, 'Choose whether higher or lower is better.'),
  /** In stored units (a ratio for percent, seconds for duration); null when there is none. */
  target: finiteNumber('Enter the target as a number.').nullable(),
  period: z.enum(METRIC_PERIODS, 'Choose week or month.'),
  aggregation: z.enum(METRIC_AGGREGATIONS, 'Choose median, mean, sum or ratio.'),
  clock: z.enum(METRIC_CLOCKS, 'Choose calendar or business hours.'),
  /** For a score: the top of its scale (5 for "4.6/5", 100 for a QA percentage score). */
  scaleMax: z.number().positive().max(1000).nullable(),
  builtIn: z.enum(BUILT_IN_METRICS).nullable(),
  /** A retired metric keeps its values and stays readable; it is not offered for new ones. */
  archived: z.boolean(),
  createdAt: timestampSchema,
});
export type MetricDefinition = z.infer<typeof metricDefinitionSchema>;

/**
 * One period of a metric: `2026-W47` (an ISO week, Monday to Sunday, as helpdesks report them)
 * or `2026-11` (a calendar month). Periods are local to the lead; see `shared/domain/kpis/periods`.
 */
export const periodKeySchema = z
  .string()
  .regex(
    /^\d{4}-(W(0[1-9]|[1-4]\d|5[0-3])|(0[1-9]|1[0-2]))$/,
    'Use a period like 2026-11 or 2026-W47.',
  );
export type PeriodKey = z.infer<typeof periodKeySchema>;

export const HELPDESK_SOURCES = [
  'zendesk',
  'freshdesk',
  'helpscout',
  'intercom',
  'gorgias',
  'other',
] as const;
export type HelpdeskSource = (typeof HELPDESK_SOURCES)[number];
export const HELPDESK_SOURCE_LABELS: Record<HelpdeskSource, string> = {
  zendesk: 'Zendesk',
  freshdesk: 'Freshdesk',
  helpscout: 'Help Scout',
  intercom: 'Intercom',
  gorgias: 'Gorgias',
  other: 'Other',
};

/** Where a value came from: typed in Coachbook, or one import (which can be undone as a whole). */
export const valueSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('typed') }),
  z.object({ kind: z.literal('import'), importId: idSchema }),
]);
export type ValueSource = z.infer<typeof valueSourceSchema>;

/** A value as it once was, kept when a later value replaced it (so undoing an import restores it). */
export const replacedValueSchema = z.object({
  value: finiteNumber('Enter the value as a number.'),
  source: valueSourceSchema,
  recordedAt: timestampSchema,
});
export type ReplacedValue = z.infer<typeof replacedValueSchema>;

export const kpiValueSchema = z.object({
  id: idSchema,
  metricId: idSchema,
  period: periodKeySchema,
  /** In stored units (see above). */
  value: finiteNumber('Enter the value as a number.'),
  /** How many tickets or ratings the number was made of, when an import knows it. */
  sampleSize: z.number().int().min(0).nullable(),
  source: valueSourceSchema,
  recordedAt: timestampSchema,
  /** Earlier values of this metric and period, oldest first; undoing their replacer restores them. */
  previous: z.array(replacedValueSchema).max(20),
});
export type KpiValue = z.infer<typeof kpiValueSchema>;

export const personKpisSchema = z.object({ values: z.array(kpiValueSchema) });
export type PersonKpis = z.infer<typeof personKpisSchema>;
export const emptyPersonKpis = (): PersonKpis => ({ values: [] });

/** Which column of a helpdesk export holds what; remembered per source. */
export const columnMappingSchema = z.object({
  email: z.string().max(200).nullable(),
  name: z.string().max(200).nullable(),
  /** The date a row belongs to (solved, created or the report's period). */
  date: z.string().max(200).nullable(),
  /** Each metric fed by a column: the column's values are parsed in the metric's unit. */
  metrics: z.array(z.object({ metricId: idSchema, column: z.string().min(1).max(200) })).max(50),
});
export type ColumnMapping = z.infer<typeof columnMappingSchema>;

export const CSV_DELIMITERS = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

export const savedMappingSchema = z.object({
  source: z.enum(HELPDESK_SOURCES),
  delimiter: z.enum(CSV_DELIMITERS).nullable(),
  decimalComma: z.boolean(),
  columns: columnMappingSchema,
  /** A person's name or email as the helpdesk writes it, matched by hand once: kept for next time. */
  personAliases: z
    .array(z.object({ text: z.string().min(1).max(200), personId: idSchema }))
    .max(500),
  updatedAt: timestampSchema,
});
export type SavedMapping = z.infer<typeof savedMappingSchema>;

export const importRecordSchema = z.object({
  id: idSchema,
  fileName: trimmedText('File name', 260),
  source: z.enum(HELPDESK_SOURCES),
  importedAt: timestampSchema,
  counts: z.object({
    added: z.number().int().min(0),
    replaced: z.number().int().min(0),
    skipped: z.number().int().min(0),
    rows: z.number().int().min(0),
  }),
  /** Whose files it wrote, so undo reads only those. */
  personIds: z.array(idSchema),
  undoneAt: timestampSchema.nullable(),
});
export type ImportRecord = z.infer<typeof importRecordSchema>;

export const kpiPreferencesSchema = z.object({
  /** A drop larger than this share of the previous value is a suggested topic (0.15 for 15 %). */
  sharpDropRatio: z
    .number('Enter the drop as a percentage.')
    .min(0.01, 'Use at least 1 %.')
    .max(1, 'Use at most 100 %.'),
});
export type KpiPreferences = z.infer<typeof kpiPreferencesSchema>;

export const teamKpisSchema = z.object({
  metrics: z.array(metricDefinitionSchema).max(100),
  mappings: z.array(savedMappingSchema).max(HELPDESK_SOURCES.length),
  imports: z.array(importRecordSchema),
  preferences: kpiPreferencesSchema,
});
export type TeamKpis = z.infer<typeof teamKpisSchema>;
