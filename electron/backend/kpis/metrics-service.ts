import { randomUUID } from 'node:crypto';
import { nameKey } from '../../../shared/domain/names';
import { parseKpiValue } from '../../../shared/domain/kpis/values';
import type { MetricFields } from '../../../shared/ipc/channels/kpis';
import type { ParsedInput } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/errors';
import type { TeamDocument } from '../../../shared/model/documents';
import type { KpiPreferences, MetricDefinition } from '../../../shared/model/kpis';
import type { Clock } from '../clock';
import type { PeopleRepository } from '../people/people-repository';
import type { DocumentFile } from '../storage/document-file';

const refuse = (field: string, message: string): never => {
  throw new AppError('invalid_input', message, { [field]: message });
};

export function requireMetric(team: TeamDocument, metricId: string): MetricDefinition {
  const metric = team.kpis.metrics.find((m) => m.id === metricId);
  if (!metric) throw new AppError('not_found', 'This metric does not exist any more.');
  return metric;
}

/** Metric definitions and KPI preferences, in team.json. */
export class MetricsService {
  constructor(
    private readonly team: DocumentFile<TeamDocument>,
    private readonly repo: PeopleRepository,
    private readonly clock: Clock,
  ) {}

  async create(input: ParsedInput<'kpis:createMetric'>): Promise<MetricDefinition> {
    const metric: MetricDefinition = {
      id: randomUUID(),
      ...this.fields(input, null),
      builtIn: null,
      archived: false,
      createdAt: this.clock().toISOString(),
    };
    await this.save(metric);
    return metric;
  }

  async update(input: ParsedInput<'kpis:updateMetric'>): Promise<MetricDefinition> {
    const { metricId, ...fields } = input;
    const current = requireMetric(this.team.data, metricId);
    const metric: MetricDefinition = { ...current, ...this.fields(fields, current) };
    await this.save(metric);
    return metric;
  }

  async setArchived(metricId: string, archived: boolean): Promise<MetricDefinition> {
    const metric = { ...requireMetric(this.team.data, metricId), archived };
    await this.save(metric);
    return metric;
  }

  /** Deletes a custom metric nobody has values for; anything else is archived instead. */
  async remove(metricId: string): Promise<{ removed: true }> {
    const metric = requireMetric(this.team.data, metricId);
    if (metric.builtIn) {
      throw new AppError(
        'conflict',
        `${metric.name} is built in: archive it instead, and restore it whenever you need it.`,
      );
    }
    const holders = this.peopleWithValues(metricId);
    if (holders > 0) {
      const who = holders === 1 ? '1 person has' : `${holders} people have`;
      throw new AppError(
        'conflict',
        `${who} values for ${metric.name}. Archive it instead: its values stay readable.`,
      );
    }
    await this.team.update((doc) => {
      doc.kpis.metrics = doc.kpis.metrics.filter((m) => m.id !== metricId);
    });
    return { removed: true };
  }

  async setPreferences(preferences: KpiPreferences): Promise<KpiPreferences> {
    await this.team.update((doc) => {
      doc.kpis.preferences = preferences;
    });
    return preferences;
  }

  private async save(metric: MetricDefinition) {
    await this.team.update((doc) => {
      const exists = doc.kpis.metrics.some((m) => m.id === metric.id);
      doc.kpis.metrics = exists
        ? doc.kpis.metrics.map((m) => (m.id === metric.id ? metric : m))
        : [...doc.kpis.metrics, metric];
    });
  }

  /** The fields as stored, after the rules that need the team or the values. */
  private fields(input: MetricFields, current: MetricDefinition | null) {
    const { name, unit, period } = input;
    const clash = this.team.data.kpis.metrics.find(
      (m) => m.id !== current?.id && nameKey(m.name) === nameKey(name),
    );
    if (clash) refuse('name', `There is already a metric called ${clash.name}.`);
    if (!current && this.team.data.kpis.metrics.length >= 100) {
      throw new AppError(
        'conflict',
        'A team can define up to 100 metrics: archive or delete one first.',
      );
    }
    const scaleMax = unit === 'score' ? input.scaleMax : null;
    if (current) this.checkChange(current, unit, period, scaleMax);
    const targetText = input.target.trim();
    let target: number | null = null;
    if (targetText !== '') {
      const parsed = parseKpiValue(targetText, unit, { scaleMax });
      if (!parsed.ok) refuse('target', parsed.message);
      else target = parsed.value;
    }
    return {
      name,
      description: input.description,
      unit,
      direction: input.direction,
      target,
      period,
      aggregation: input.aggregation,
      clock: input.clock,
      scaleMax,
    };
  }

  /** Stored values are read in the metric's unit and period: those cannot change under them. */
  private checkChange(
    current: MetricDefinition,
    unit: MetricDefinition['unit'],
    period: MetricDefinition['period'],
    scaleMax: number | null,
  ) {
    const values = this.repo
      .all()
      .flatMap((d) => d.kpis.values.filter((v) => v.metricId === current.id));
    if (values.length === 0) return;
    if (unit !== current.unit) {
      refuse(
        'unit',
        `${current.name} already has values in ${current.unit}: its unit cannot change. Add a new metric instead.`,
      );
    }
    if (period !== current.period) {
      refuse(
        'period',
        `${current.name} already has values per ${current.period}: its period cannot change. Add a new metric instead.`,
      );
    }
    const highest = Math.max(...values.map((v) => v.value));
    if (scaleMax !== null && highest > scaleMax) {
      refuse(
        'scaleMax',
        `A value of ${highest} is already stored: use a scale of at least ${highest}.`,
      );
    }
  }

  private peopleWithValues(metricId: string): number {
    return this.repo.all().filter((d) => d.kpis.values.some((v) => v.metricId === metricId)).length;
  }
}
