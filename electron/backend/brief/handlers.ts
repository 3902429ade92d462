import { buildBrief } from '../../../shared/domain/brief';
import type { AreaHandlers, BackendContext } from '../context';
import { requirePerson } from '../people/require-person';

export function briefHandlers(ctx: BackendContext): AreaHandlers<'brief'> {
  return {
    'brief:get': ({ personId }) =>
      buildBrief(
        requirePerson(ctx.people, personId).data,
        ctx.clock(),
        ctx.team.data.preferences.recognitionGapDays,
      ),
  };
}
