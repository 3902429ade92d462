import type { AreaHandlers, BackendContext } from '../context';
import { PeopleService } from './people-service';

export function peopleHandlers(ctx: BackendContext): AreaHandlers<'people'> {
  const people = new PeopleService(ctx.people, ctx.clock);
  return {
    'people:list': (input) => people.list(input?.includeArchived ?? true),
    'people:get': ({ id }) => people.get(id),
    'people:create': (input) => people.create(input),
    'people:update': ({ id, changes }) => people.update(id, changes),
    'people:archive': ({ id }) => people.archive(id),
    'people:restore': ({ id }) => people.restore(id),
    'people:delete': ({ id }) => people.remove(id),
  };
}
