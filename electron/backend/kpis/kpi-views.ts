import { checkPeriod } from '../../../shared/domain/kpis/cells';
import {
  buildPersonTrends,
  type PersonMetricTrend,
} from '../../../shared/domain/kpis/person-trends';
import {
  isFuturePeriod,
  lastEndedPeriod,
  periodsEndingWith,
} from '../../../shared/domain/kpis/periods';
import { buildTeamTable, type TeamTableMetric } from '../../../shared/domain/kpis/team-table';
import { displayLocalDate, timestampToLocalDate } from '../../../shared/domain/local-time';
import type { CellSource, GridRow, KpiGrid } from '../../../shared/ipc/channels/kpis';
import type { ParsedInput } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/errors';
import type { PersonDocument, TeamDocument } from '../../../shared/model/documents';
import type { KpiValue, MetricDefinition, ValueSource } from '../../../shared/model/kpis';
import { requireMetric } from './metrics-service';

/** Active people, by name: the rows of a metric's grid and of the team table. */
export const activePeople = (people: PersonDocument[]): PersonDocument[] =>
  people
    .filter((d) => d.person.status === 'active')
    .sort((a, b) => a.person.name.localeCompare(b.person.name));

/** "Typed on 18 Nov 2026", "Imported from zendesk-nov.csv on 18 Nov 2026". */
export function sourceOf(source: ValueSource, recordedAt: string, team: TeamDocument): CellSource {
  const on = displayLocalDate(timestampToLocalDate(recordedAt));
  if (source.kind === 'typed') return { kind: 'typed', label: `Typed on ${on}` };
  const record = team.kpis.imports.find((i) => i.id === source.importId);
  return {
    kind: 'import',
    label: record ? `Imported from ${record.fileName} on ${on}` : `Imported on ${on}`,
  };
}

function rowOf(
  doc: PersonDocument,
  metric: MetricDefinition,
  label: string,
  periods: string[],
  team: TeamDocument,
): GridRow {
  const byPeriod = new Map<string, KpiValue>();
  for (const v of doc.kpis.values) if (v.metricId === metric.id) byPeriod.set(v.period, v);
  return {
    personId: doc.person.id,
    metric,
    label,
    cells: periods.map((period) => {
      const v = byPeriod.get(period);
      return v
        ? {
            value: v.value,
            source: sourceOf(v.source, v.recordedAt, team),
            recordedAt: v.recordedAt,
          }
        : null;
    }),
  };
}

function windowOf(
  kind: MetricDefinition['period'],
  endPeriod: string | null,
  count: number,
  today: string,
): string[] {
  let end = lastEndedPeriod(today, kind);
  if (endPeriod !== null) {
    const issue = checkPeriod(endPeriod, { name: 'This grid', period: kind });
    if (issue) throw new AppError('invalid_input', issue, { endPeriod: issue });
    end = endPeriod;
  }
  return periodsEndingWith(end, count);
}

export function gridView(
  input: ParsedInput<'kpis:grid'>,
  team: TeamDocument,
  people: PersonDocument[],
  person: PersonDocument | null,
  today: string,
): KpiGrid {
  if (input.mode === 'metric') {
    const metric = requireMetric(team, input.metricId);
    const periods = windowOf(metric.period, input.endPeriod, input.count, today);
    return {
      periods,
      futurePeriods: periods.filter((p) => isFuturePeriod(p, today)),
      rows: activePeople(people).map((d) => rowOf(d, metric, d.person.name, periods, team)),
    };
  }
  const periods = windowOf(input.period, input.endPeriod, input.count, today);
  const metrics = team.kpis.metrics.filter((m) => !m.archived && m.period === input.period);
  return {
    periods,
    futurePeriods: periods.filter((p) => isFuturePeriod(p, today)),
    rows: person ? metrics.map((m) => rowOf(person, m, m.name, periods, team)) : [],
  };
}

export function teamView(
  team: TeamDocument,
  people: PersonDocument[],
  count: number,
  today: string,
): TeamTableMetric[] {
  const metrics = team.kpis.metrics.filter((m) => !m.archived);
  const rows = activePeople(people).map((d) => ({
    personId: d.person.id,
    name: d.person.name,
    values: d.kpis.values,
  }));
  return buildTeamTable(metrics, rows, today, count);
}

export function personView(
  doc: PersonDocument,
  team: TeamDocument,
  people: PersonDocument[],
  today: string,
): PersonMetricTrend[] {
  const teamValues = activePeople(people).map((d) => d.kpis.values);
  return buildPersonTrends(team.kpis.metrics, doc.kpis.values, teamValues, today);
}
