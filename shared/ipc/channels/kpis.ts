import { z } from 'zod';
import { channel, noInput } from '../channel';
import { idSchema, requiredText, trimmedText } from '../../model/common';
import {
  METRIC_AGGREGATIONS,
  METRIC_CLOCKS,
  METRIC_DIRECTIONS,
  METRIC_PERIODS,
  METRIC_UNITS,
  kpiPreferencesSchema,
  type KpiPreferences,
  type MetricDefinition,
} from '../../model/kpis';
import type { PersonMetricTrend } from '../../domain/kpis/person-trends';
import type { TeamTableMetric } from '../../domain/kpis/team-table';

/**
 * KPIs: metric definitions (team.json), values typed into the grid (each person's file), the
 * team table and a person's trends. Imports are their own area (`imports`).
 *
 * Values and targets cross as the text the lead typed, and the backend reads them with the same
 * `parseKpiValue` the grid uses for instant feedback: the backend never trusts a number the
 * renderer worked out, and a paste's per-cell messages all come from one place.
 */

/** At most this many cells in one save (a pasted sheet of 40 people × 50 periods). */
export const MAX_CELLS_PER_SAVE = 2000;
/** Periods a grid or the team table shows at once. */
export const MAX_PERIODS_SHOWN = 26;

const metricFields = z.object({
  name: requiredText('Metric name', 60),
  description: trimmedText('Description', 300).default(''),
  unit: z.enum(METRIC_UNITS, 'Choose percent, duration, count or score.'),
  direction: z.enum(METRIC_DIRECTIONS, 'Choose whether higher or lower is better.'),
  /** As typed, in the unit's display form (`90 %`, `1 h`, `85`); empty for no target. */
  target: z.string('Enter the target as text.').max(60, 'Keep the target short.').default(''),
  period: z.enum(METRIC_PERIODS, 'Choose week or month.'),
  aggregation: z.enum(METRIC_AGGREGATIONS, 'Choose median, mean, sum or ratio.'),
  clock: z.enum(METRIC_CLOCKS, 'Choose calendar or business hours.'),
  scaleMax: z
    .number('Enter the top of the scale as a number.')
    .positive('The top of the scale must be above 0.')
    .max(1000, 'Use a scale up to 1000.')
    .nullable()
    .default(null),
});
export type MetricFields = z.output<typeof metricFields>;

const ofMetric = z.object({ metricId: idSchema });

/** One cell of the grid: `text` as typed; empty clears the cell. */
export const cellInputSchema = z.object({
  personId: idSchema,
  metricId: idSchema,
  period: z.string().max(20),
  text: z.string().max(100, 'Keep a value under 100 characters.'),
});
export type CellInput = z.infer<typeof cellInputSchema>;

const periodCount = z
  .number()
  .int()
  .min(1, 'Show at least 1 period.')
  .max(MAX_PERIODS_SHOWN, `Show at most ${MAX_PERIODS_SHOWN} periods.`);

/** Where a value came from, for a cell's tooltip. */
export interface CellSource {
  kind: 'typed' | 'import';
  /** "Typed on 18 Nov 2026" or "Imported from zendesk-nov.csv on 18 Nov 2026". */
  label: string;
}

export interface GridCell {
  value: number;
  source: CellSource;
  recordedAt: string;
}

/** One row of a grid: a person (one metric) or a metric (one person); every cell is in `metric`. */
export interface GridRow {
  personId: string;
  metric: MetricDefinition;
  label: string;
  /** One per column period; null where there is no value. */
  cells: (GridCell | null)[];
}

export interface KpiGrid {
  periods: string[];
  /** Columns that have not started: shown, but not typed into. */
  futurePeriods: string[];
  rows: GridRow[];
}

export interface SaveValuesResult {
  saved: number;
  cleared: number;
  unchanged: number;
  /** For `kpis:undoSave` in the moments after; null when nothing changed. */
  saveId: string | null;
}

export interface UndoSaveResult {
  /** Cells put back as they were before the save. */
  restored: number;
  /** Cells changed again since the save, left as they are. */
  kept: number;
}

export interface KpiSettings {
  metrics: MetricDefinition[];
  preferences: KpiPreferences;
}

export const kpisChannels = {
  /** Every metric definition (archived ones too, flagged) and the KPI preferences. */
  'kpis:settings': channel(noInput).returns<KpiSettings>(),
  'kpis:createMetric': channel(metricFields).returns<MetricDefinition>(),
  'kpis:updateMetric': channel(metricFields.extend(ofMetric.shape)).returns<MetricDefinition>(),
  'kpis:archiveMetric': channel(ofMetric).returns<MetricDefinition>(),
  'kpis:restoreMetric': channel(ofMetric).returns<MetricDefinition>(),
  /** Only a custom metric nobody has values for; otherwise the answer says to archive it. */
  'kpis:removeMetric': channel(ofMetric).returns<{ removed: true }>(),
  'kpis:setPreferences': channel(kpiPreferencesSchema).returns<KpiPreferences>(),

  /**
   * A grid to type into: one metric × active people, or one person × the metrics of one period
   * kind; `count` periods ending with `endPeriod` (by default the last ended period).
   */
  'kpis:grid': channel(
    z.discriminatedUnion('mode', [
      z.object({
        mode: z.literal('metric'),
        metricId: idSchema,
        count: periodCount.default(8),
        endPeriod: z.string().max(20).nullable().default(null),
      }),
      z.object({
        mode: z.literal('person'),
        personId: idSchema,
        period: z.enum(METRIC_PERIODS, 'Choose week or month.'),
        count: periodCount.default(8),
        endPeriod: z.string().max(20).nullable().default(null),
      }),
    ]),
  ).returns<KpiGrid>(),
  /**
   * Sets and clears cells in one go. Every cell is read first; when any is wrong, nothing is
   * written and the error's `fields` has `cells.<index>` → the message for that cell.
   */
  'kpis:setValues': channel(
    z.object({
      cells: z
        .array(cellInputSchema)
        .min(1, 'There is nothing to save.')
        .max(MAX_CELLS_PER_SAVE, `Save at most ${MAX_CELLS_PER_SAVE} values at once.`),
    }),
  ).returns<SaveValuesResult>(),
  /**
   * Takes one save back (the undo toast after Save): each cell gets back exactly the value it had
   * before, history included, unless it was changed again since. All or nothing across people.
   */
  'kpis:undoSave': channel(z.object({ saveId: idSchema })).returns<UndoSaveResult>(),
  /** Each metric's trend for one person: series, last against previous, streak, team median. */
  'kpis:person': channel(z.object({ personId: idSchema })).returns<PersonMetricTrend[]>(),
  /** Per metric in use: every active person's trend and sparkline, and the team median. */
  'kpis:team': channel(z.object({ count: periodCount.default(8) })).returns<TeamTableMetric[]>(),
};
