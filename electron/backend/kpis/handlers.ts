import { toLocalDate } from '../../../shared/domain/local-time';
import type { AreaHandlers, BackendContext } from '../context';
import { requirePerson } from '../people/require-person';
import { gridView, personView, teamView } from './kpi-views';
import { MetricsService } from './metrics-service';
import { ValuesService } from './values-service';

export function kpisHandlers(ctx: BackendContext): AreaHandlers<'kpis'> {
  const metrics = new MetricsService(ctx.team, ctx.people, ctx.clock);
  const values = new ValuesService(ctx.team, ctx.people, ctx.clock);
  const today = () => toLocalDate(ctx.clock());
  return {
    'kpis:settings': () => ({
      metrics: ctx.team.data.kpis.metrics,
      preferences: ctx.team.data.kpis.preferences,
    }),
    'kpis:createMetric': (input) => metrics.create(input),
    'kpis:updateMetric': (input) => metrics.update(input),
    'kpis:archiveMetric': ({ metricId }) => metrics.setArchived(metricId, true),
    'kpis:restoreMetric': ({ metricId }) => metrics.setArchived(metricId, false),
    'kpis:removeMetric': ({ metricId }) => metrics.remove(metricId),
    'kpis:setPreferences': (input) => metrics.setPreferences(input),
    'kpis:grid': (input) =>
      gridView(
        input,
        ctx.team.data,
        ctx.people.all(),
        input.mode === 'person' ? requirePerson(ctx.people, input.personId).data : null,
        today(),
      ),
    'kpis:setValues': ({ cells }) => values.setValues(cells),
    'kpis:undoSave': ({ saveId }) => values.undoSave(saveId),
    'kpis:person': ({ personId }) =>
      personView(
        requirePerson(ctx.people, personId).data,
        ctx.team.data,
        ctx.people.all(),
        today(),
      ),
    'kpis:team': ({ count }) => teamView(ctx.team.data, ctx.people.all(), count, today()),
  };
}
