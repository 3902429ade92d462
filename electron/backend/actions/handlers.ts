import type { AreaHandlers, BackendContext } from '../context';
import { ActionsService } from './actions-service';

export function actionsHandlers(ctx: BackendContext): AreaHandlers<'actions'> {
  const actions = new ActionsService(ctx.people, ctx.clock);
  return {
    'actions:add': ({ personId, text, owner, due, meetingId }) =>
      actions.add(personId, text, owner, due, meetingId),
    'actions:setDone': ({ personId, actionId, done }) => actions.setDone(personId, actionId, done),
    'actions:remove': ({ personId, actionId }) => actions.remove(personId, actionId),
  };
}
