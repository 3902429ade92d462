import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/ipc/errors';
import type { PersonDocument } from '../../../shared/model/documents';
import type { PointAuthor } from '../../../shared/model/meeting';
import type { Clock } from '../clock';
import { findMeeting } from '../meetings/find';
import type { PeopleRepository } from '../people/people-repository';
import { requirePerson } from '../people/require-person';

function findAction(doc: PersonDocument, actionId: string) {
  const action = doc.actionItems.find((a) => a.id === actionId);
  if (!action) throw new AppError('not_found', 'This action item does not exist any more.');
  return action;
}

/** Action items: they belong to the person and roll from 1:1 to 1:1 until done. */
export class ActionsService {
  constructor(
    private readonly repo: PeopleRepository,
    private readonly clock: Clock,
  ) {}

  async add(
    personId: string,
    text: string,
    owner: PointAuthor,
    due: string | null,
    meetingId: string | null,
  ) {
    const file = this.file(personId);
    if (meetingId) findMeeting(file.data, meetingId);
    const id = randomUUID();
    await file.update((doc) => {
      doc.actionItems.push({
        id,
        text,
        owner,
        due,
        createdInMeetingId: meetingId,
        doneAt: null,
        createdAt: this.clock().toISOString(),
      });
    });
    return { id };
  }

  async setDone(personId: string, actionId: string, done: boolean) {
    await this.file(personId).update((doc) => {
      findAction(doc, actionId).doneAt = done ? this.clock().toISOString() : null;
    });
    return { ok: true as const };
  }

  async remove(personId: string, actionId: string) {
    await this.file(personId).update((doc) => {
      findAction(doc, actionId);
      doc.actionItems = doc.actionItems.filter((a) => a.id !== actionId);
    });
    return { ok: true as const };
  }

  private file(personId: string) {
    return requirePerson(this.repo, personId);
  }
}
