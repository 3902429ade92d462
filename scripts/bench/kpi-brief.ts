// KPIs in the 1:1 brief at five-year scale: every person file holds five years of values (monthly
// for the monthly metrics, weekly for the weekly ones), and the brief compares each metric's last
// whole period with the one before, its target and the team's median, then suggests topics.
import { randomUUID } from 'node:crypto';
import { addMonths, addWeeks, format } from 'date-fns';
import { buildBrief } from '../../shared/domain/brief';
import { DEFAULT_METRICS } from '../../shared/domain/kpis/defaults';
import { periodKeyOf } from '../../shared/domain/kpis/periods';
import type { PersonDocument, TeamDocument } from '../../shared/model/documents';
import type { KpiValue, PersonKpis } from '../../shared/model/kpis';

/** A plausible value of a default metric, moving around its target so the rules have work. */
function sample(metricId: string, step: number, seed: number): number {
  const wave = Math.sin((step + seed) / 3);
  switch (metricId) {
    case 'csat':
      return Math.min(1, 0.9 + 0.06 * wave);
    case 'first_response_time':
      return Math.round(3600 + 1500 * wave);
    case 'full_resolution_time':
      return Math.round(86_400 + 20_000 * wave);
    case 'qa_score':
      return Math.round(85 + 8 * wave);
    case 'tickets_solved':
      return Math.round(60 + 20 * wave);
    default:
      return Math.max(0, 0.05 + 0.03 * wave);
  }
}

/** Five years of typed values for every default metric, each in its own period kind. */
export function kpiHistory(now: Date, start: Date, seed: number): PersonKpis {
  const values: KpiValue[] = [];
  for (const metric of DEFAULT_METRICS) {
    const next = metric.period === 'month' ? addMonths : addWeeks;
    let step = 0;
    for (let at = start; at < now; at = next(at, 1), step++) {
      values.push({
        id: randomUUID(),
        metricId: metric.id,
        period: periodKeyOf(format(at, 'yyyy-MM-dd'), metric.period),
        value: sample(metric.id, step, seed),
        sampleSize: null,
        source: { kind: 'typed' },
        recordedAt: at.toISOString(),
        previous: [],
      });
    }
  }
  return { values };
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const pick = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return `median ${pick(0.5).toFixed(2)} ms, p95 ${pick(0.95).toFixed(2)} ms (n=${samples.length})`;
}

/**
 * The brief built in process, alternately with and without its KPI part, over the same person:
 * what five years of KPI values for the whole team add to one brief.
 */
export function benchKpiBrief(docs: PersonDocument[], team: TeamDocument, now: Date): void {
  const RUNS = 200;
  const target = docs[0]!;
  const context = {
    metrics: team.kpis.metrics,
    teamValues: docs.map((d) => d.kpis.values),
    sharpDropRatio: team.kpis.preferences.sharpDropRatio,
  };
  const times = { without: [] as number[], with: [] as number[] };
  let topics = 0;
  for (let i = 0; i < RUNS; i++) {
    let start = performance.now();
    buildBrief(target, now, 14, null);
    times.without.push(performance.now() - start);
    start = performance.now();
    topics = buildBrief(target, now, 14, context).kpis.suggestions.length;
    times.with.push(performance.now() - start);
  }
  console.log(
    `build one 1:1 brief in process, ${target.kpis.values.length} KPI values per person (5 years, ${docs.length} people): without KPIs ${stats(times.without)}; with KPIs ${stats(times.with)}; ${topics} KPI topics`,
  );
}
