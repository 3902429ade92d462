import { AppError } from '../../../shared/ipc/errors';
import type { PeopleRepository } from './people-repository';

/** The person's document file, or a not-found error a person can understand. */
export function requirePerson(repo: PeopleRepository, personId: string) {
  const file = repo.find(personId);
  if (!file)
    throw new AppError(
      'not_found',
      'This person is not in Coachbook any more. They may have been deleted.',
    );
  return file;
}
