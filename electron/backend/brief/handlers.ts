import { buildBrief, type BriefKpiContext } from '../../../shared/domain/brief';
import type { AreaHandlers, BackendContext } from '../context';
import { requirePerson } from '../people/require-person';

/** The team's KPI definitions and threshold, and the values of everyone in play (the person too). */
function kpiContext(ctx: BackendContext, personId: string): BriefKpiContext {
  const { metrics, preferences } = ctx.team.data.kpis;
  const teamValues = ctx.people
    .all()
    .filter((doc) => doc.person.status === 'active' || doc.person.id === personId)
    .map((doc) => doc.kpis.values);
  return { metrics, teamValues, sharpDropRatio: preferences.sharpDropRatio };
}

export function briefHandlers(ctx: BackendContext): AreaHandlers<'brief'> {
  return {
    'brief:get': ({ personId }) =>
      buildBrief(
        requirePerson(ctx.people, personId).data,
        ctx.clock(),
        ctx.team.data.preferences.recognitionGapDays,
        kpiContext(ctx, personId),
      ),
  };
}
