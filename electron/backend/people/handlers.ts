import type { AreaHandlers, BackendContext } from '../context';

export function peopleHandlers(ctx: BackendContext): AreaHandlers<'people'> {
  // Shared with the KPI import, which adds people too (one duplicate-name queue).
  const people = ctx.peopleService;
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
