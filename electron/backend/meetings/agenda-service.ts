import { randomUUID } from 'node:crypto';
import { agendaPoints, nextOrder, reorder } from '../../../shared/domain/agenda';
import type { PointAuthor } from '../../../shared/model/meeting';
import type { Clock } from '../clock';
import type { PeopleRepository } from '../people/people-repository';
import { requirePerson } from '../people/require-person';
import { findAction, findMeeting, findPoint } from './find';

/** Talking points and action items: they belong to the person and roll from 1:1 to 1:1. */
export class AgendaService {
  constructor(
    private readonly repo: PeopleRepository,
    private readonly clock: Clock,
  ) {}

  async addPoint(personId: string, text: string, from: PointAuthor) {
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

  async updatePoint(personId: string, pointId: string, text: string) {
    await this.file(personId).update((doc) => {
      findPoint(doc, pointId).text = text;
    });
    return { ok: true as const };
  }

  async resolvePoint(personId: string, meetingId: string, pointId: string, resolved: boolean) {
    const file = this.file(personId);
    findMeeting(file.data, meetingId);
    await file.update((doc) => {
      const point = findPoint(doc, pointId);
      point.resolvedAt = resolved ? this.clock().toISOString() : null;
      point.resolvedInMeetingId = resolved ? meetingId : null;
    });
    return { ok: true as const };
  }

  async movePoint(personId: string, pointId: string, direction: 'up' | 'down') {
    await this.file(personId).update((doc) => {
      findPoint(doc, pointId);
      doc.talkingPoints = reorder(doc.talkingPoints, pointId, direction);
    });
    return { ok: true as const };
  }

  async removePoint(personId: string, pointId: string) {
    await this.file(personId).update((doc) => {
      findPoint(doc, pointId);
      doc.talkingPoints = doc.talkingPoints.filter((p) => p.id !== pointId);
    });
    return { ok: true as const };
  }

  async addAction(
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

  async setActionDone(personId: string, actionId: string, done: boolean) {
    await this.file(personId).update((doc) => {
      findAction(doc, actionId).doneAt = done ? this.clock().toISOString() : null;
    });
    return { ok: true as const };
  }

  async removeAction(personId: string, actionId: string) {
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
