import { z } from 'zod';
import { byId, channel } from '../channel';
import { personInputSchema, type Person } from '../../model/person';

/** A person as lists show them: the record plus what the backend computes for it. */
export interface PersonView {
  person: Person;
  /** Local date and time of the next 1:1 (`2026-11-17T10:00`), or null. */
  nextMeeting: string | null;
}

export const peopleChannels = {
  'people:list': channel(
    z.object({ includeArchived: z.boolean().default(true) }).optional(),
  ).returns<PersonView[]>(),
  'people:get': channel(byId).returns<PersonView>(),
  'people:create': channel(personInputSchema).returns<PersonView>(),
  'people:update': channel(
    z.object({ id: byId.shape.id, changes: personInputSchema }),
  ).returns<PersonView>(),
  'people:archive': channel(byId).returns<PersonView>(),
  'people:restore': channel(byId).returns<PersonView>(),
  'people:delete': channel(byId).returns<{ deleted: true }>(),
};
