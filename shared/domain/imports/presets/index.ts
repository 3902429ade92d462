import type { ColumnMapping, HelpdeskSource, MetricDefinition } from '../../../model/kpis';
import { COUNT_ROWS } from '../count-rows';
import { freshdeskPreset } from './freshdesk';
import { gorgiasPreset } from './gorgias';
import { helpscoutPreset } from './helpscout';
import { intercomPreset } from './intercom';
import { otherPreset } from './other';
import type { HelpdeskPreset } from './types';
import { zendeskPreset } from './zendesk';

export type { HelpdeskPreset } from './types';

export const PRESETS: readonly HelpdeskPreset[] = [
  zendeskPreset,
  freshdeskPreset,
  helpscoutPreset,
  intercomPreset,
  gorgiasPreset,
  otherPreset,
];

export function presetOf(source: HelpdeskSource): HelpdeskPreset {
  return PRESETS.find((p) => p.source === source) ?? otherPreset;
}

/** How two headings are compared: `First Reply Time (min)` and `first reply time(min)` agree. */
export function headerKey(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The helpdesk a file most likely came from: the preset with the largest share of its signature
 * headings present, when at least three quarters are; else Other.
 */
export function detectPreset(headers: readonly string[]): HelpdeskSource {
  const present = new Set(headers.map(headerKey));
  let best: { source: HelpdeskSource; share: number } = { source: 'other', share: 0 };
  for (const preset of PRESETS) {
    if (preset.signature.length === 0) continue;
    const found = preset.signature.filter((h) => present.has(headerKey(h))).length;
    const share = found / preset.signature.length;
    if (share > best.share) best = { source: preset.source, share };
  }
  return best.share >= 0.75 ? best.source : 'other';
}

/** The file's own spelling of the first of `wanted` it has, or null. */
function findHeader(headers: readonly string[], wanted: readonly string[]): string | null {
  for (const name of wanted) {
    if (name === COUNT_ROWS) return COUNT_ROWS;
    const key = headerKey(name);
    const found = headers.find((h) => headerKey(h) === key);
    if (found !== undefined) return found;
  }
  return null;
}

/**
 * The mapping a preset suggests for a file: the person, date and each metric the team defines
 * (and has not archived), by the preset's headings; a custom metric by a heading equal to its
 * name. Metrics the file has no column for are left out.
 */
export function suggestMapping(
  preset: HelpdeskPreset,
  headers: readonly string[],
  metrics: readonly MetricDefinition[],
): ColumnMapping {
  const mapped: ColumnMapping['metrics'] = [];
  for (const metric of metrics) {
    if (metric.archived) continue;
    const wanted = metric.builtIn ? (preset.metrics[metric.builtIn] ?? []) : [metric.name];
    const column = findHeader(headers, wanted);
    // Counting rows fits ticket rows only, and only when some other column says who and when.
    if (column !== null && (column !== COUNT_ROWS || preset.rows === 'tickets')) {
      mapped.push({ metricId: metric.id, column });
    }
  }
  return {
    email: findHeader(headers, preset.email),
    name: findHeader(headers, preset.name),
    date: findHeader(headers, preset.date),
    metrics: mapped,
  };
}
