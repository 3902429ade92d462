import type { AreaHandlers, BackendContext } from '../context';
import { PointsService } from './points-service';

export function pointsHandlers(ctx: BackendContext): AreaHandlers<'points'> {
  const points = new PointsService(ctx.people, ctx.clock);
  return {
    'points:add': ({ personId, text, from }) => points.add(personId, text, from),
    'points:resolve': ({ personId, meetingId, pointId, resolved }) =>
      points.resolve(personId, meetingId, pointId, resolved),
    'points:move': ({ personId, pointId, direction }) => points.move(personId, pointId, direction),
    'points:remove': ({ personId, pointId }) => points.remove(personId, pointId),
  };
}
