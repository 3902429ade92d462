import type { WeekStartView } from '../../../shared/ipc/channels/today';
import { localeWeekStart, resolveWeekStart } from '../../../shared/domain/week';
import type { AreaHandlers, BackendContext } from '../context';
import { buildTodayOverview } from './today-service';

export function todayHandlers(ctx: BackendContext): AreaHandlers<'today'> {
  const weekStart = (): WeekStartView => {
    const setting = ctx.team.data.preferences.weekStartsOn;
    return {
      setting,
      weekStartsOn: resolveWeekStart(setting, ctx.locale),
      systemWeekStartsOn: localeWeekStart(ctx.locale),
    };
  };
  return {
    'today:overview': () =>
      buildTodayOverview(ctx.people.all(), ctx.clock, { weekStartsOn: weekStart().weekStartsOn }),
    'today:weekStart': () => weekStart(),
    'today:setWeekStart': async ({ weekStartsOn }) => {
      await ctx.team.update((doc) => {
        doc.preferences.weekStartsOn = weekStartsOn;
      });
      return weekStart();
    },
  };
}
