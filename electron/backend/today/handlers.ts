import type { AreaHandlers, BackendContext } from '../context';
import { buildTodayOverview } from './today-service';

export function todayHandlers(ctx: BackendContext): AreaHandlers<'today'> {
  return {
    'today:overview': () => buildTodayOverview(ctx.people.all(), ctx.clock),
  };
}
