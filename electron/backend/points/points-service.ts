import { randomUUID } from 'node:crypto';
import { agendaPoints, nextOrder, reorder } from '../../../shared/domain/agenda';
import { AppError } from '../../../shared/ipc/errors';
import type { PersonDocument } from '../../../shared/model/documents';
import type { PointAuthor } from '../../../shared/model/meeting';
import type { Clock } from '../clock';
import { findMeeting } from '../meetings/find';
import type { PeopleRepository } from '../people/people-repository';
import { requirePerson } from '../people/require-person';

function findPoint(doc: PersonDocument, pointId: string) {
  const point = doc.talkingPoints.find((p) => p.id === pointId);
  if (!point) throw new AppError('not_found', 'This talking point does not exist any more.');
  return point;
}

/** Talking points: they belong to the person and stay on every agenda until ticked off. */
export class PointsService {
  constructor(
    private readonly repo: PeopleRepository,
    private readonly clock: Clock,
  ) {}

  async add(personId: string, text: string, from: PointAuthor) {
    const saved = await this.file(personId).update((doc) => {
      doc.talkingPoints.push({
        id: randomUUID(),
        text,
        from,
        order: nextOrder(doc.talkingPoints),
        discussedIn: [],
        resolvedAt: null,
        resolvedInMeetingId: null,
        createdAt: this.clock().toISOString(),
      });
    });
    return agendaPoints({ id: '', status: 'planned' }, saved.talkingPoints);
  }

  async resolve(personId: string, meetingId: string, pointId: string, resolved: boolean) {
    const file = this.file(personId);
    findMeeting(file.data, meetingId);
    await file.update((doc) => {
      const point = findPoint(doc, pointId);
      point.resolvedAt = resolved ? this.clock().toISOString() : null;
      point.resolvedInMeetingId = resolved ? meetingId : null;
    });
    return { ok: true as const };
  }

  async move(personId: string, pointId: string, direction: 'up' | 'down') {
    await this.file(personId).update((doc) => {
      findPoint(doc, pointId);
      doc.talkingPoints = reorder(doc.talkingPoints, pointId, direction);
    });
    return { ok: true as const };
  }

  async remove(personId: string, pointId: string) {
    await this.file(personId).update((doc) => {
      findPoint(doc, pointId);
      doc.talkingPoints = doc.talkingPoints.filter((p) => p.id !== pointId);
    });
    return { ok: true as const };
  }

  private file(personId: string) {
    return requirePerson(this.repo, personId);
  }
}
