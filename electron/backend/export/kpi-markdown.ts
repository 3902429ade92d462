import { kpiSourceText } from '../../../shared/domain/kpis/csv-export';
import { formatKpiValue } from '../../../shared/domain/kpis/format';
import { periodLabel } from '../../../shared/domain/kpis/periods';
import { meetsTarget } from '../../../shared/domain/kpis/trends';
import type { KpiValue, TeamKpis } from '../../../shared/model/kpis';

/** A Markdown table cell: a pipe or a line break would end the cell or the row. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/**
 * The KPI part of a person's Markdown export: one table, each metric the team defines (archived
 * ones too) in its order, oldest period first, with the target and where each value came from.
 */
export function kpiMarkdown(
  values: readonly KpiValue[],
  team: Pick<TeamKpis, 'metrics' | 'imports'>,
): string[] {
  const rows: string[] = [];
  for (const metric of team.metrics) {
    const show = (n: number) => formatKpiValue(n, metric.unit, { scaleMax: metric.scaleMax });
    const target = metric.target === null ? '' : show(metric.target);
    const own = values
      .filter((v) => v.metricId === metric.id)
      .sort((a, b) => a.period.localeCompare(b.period));
    for (const v of own) {
      const met = meetsTarget(v.value, metric);
      const against = met === null ? '' : met ? ' (met)' : ' (missed)';
      const source = kpiSourceText(v.source, team.imports);
      const name = `${metric.name}${metric.archived ? ' (archived)' : ''}`;
      rows.push(
        `| ${[name, periodLabel(v.period), show(v.value), `${target}${target ? against : ''}`, source].map(cell).join(' | ')} |`,
      );
    }
  }
  if (rows.length === 0) return [];
  return [
    '## KPIs',
    '',
    '| Metric | Period | Value | Target | Source |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ];
}
