import type { AreaHandlers, BackendContext } from '../context';
import { ValuesService } from './values-service';

export function valuesHandlers(ctx: BackendContext): AreaHandlers<'values'> {
  const values = new ValuesService(ctx.team);
  return {
    'values:list': () => values.list(),
    'values:save': ({ values: list }) => values.save(list),
  };
}
