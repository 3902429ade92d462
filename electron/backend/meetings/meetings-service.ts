import { parseISO, startOfDay } from 'date-fns';
import {
  agendaPoints,
  feedbackToDeliver,
  openActions,
  withOverdue,
} from '../../../shared/domain/agenda';
import {
  notRecordedOneOnOnes,
  upcomingOneOnOnes,
  usualTime,
  type OpenOneOnOne,
} from '../../../shared/domain/schedule';
import type { MeetingView, MeetingsOverview } from '../../../shared/ipc/channels/meetings';
import { AppError } from '../../../shared/ipc/errors';
import type { PersonDocument } from '../../../shared/model/documents';
import type { Meeting, MeetingStatus, Mood } from '../../../shared/model/meeting';
import type { Clock } from '../clock';
import type { PeopleRepository } from '../people/people-repository';
import { requirePerson } from '../people/require-person';
import { toLocalDate, toLocalDateTime } from '../../../shared/domain/local-time';
import { findMeeting } from './find';
import { newMeeting } from './new-meeting';
import { replaceWhere } from '../storage/list-edits';

const UPCOMING_SHOWN = 6;

/** 1:1s, their agendas, notes, mood and action items, all inside the person's document. */
export class MeetingsService {
  constructor(
    private readonly repo: PeopleRepository,
    private readonly clock: Clock,
  ) {}

  overview(personId: string): MeetingsOverview {
    const doc = this.file(personId).data;
    const now = this.clock();
    const view = (u: OpenOneOnOne) => ({ ...u, at: toLocalDateTime(u.at) });
    return {
      // From the start of the local day: a 1:1 that began earlier today stays until it is marked.
      upcoming: upcomingOneOnOnes(doc, startOfDay(now), UPCOMING_SHOWN).map(view),
      notRecorded: notRecordedOneOnOnes(doc, now).reverse().map(view),
      history: [...doc.meetings].sort((a, b) => b.at.localeCompare(a.at)),
    };
  }

  get(personId: string, meetingId: string): MeetingView {
    const doc = this.file(personId).data;
    return this.view(doc, this.meeting(doc, meetingId));
  }

  /** Opens a cadence occurrence, writing the meeting down the first time. */
  async open(personId: string, occurrence: string): Promise<MeetingView> {
    const file = this.file(personId);
    const existing = file.data.meetings.find((m) => m.occurrence === occurrence);
    if (existing) return this.view(file.data, existing);
    const scheduled = this.findOccurrence(file.data, occurrence);
    const meeting = this.newMeeting(occurrence, toLocalDateTime(scheduled));
    const saved = await file.update((doc) => {
      doc.meetings.push(meeting);
    });
    return this.view(saved, meeting);
  }

  async createAdHoc(personId: string, at: string): Promise<MeetingView> {
    const meeting = this.newMeeting(null, at);
    const saved = await this.file(personId).update((doc) => {
      doc.meetings.push(meeting);
    });
    return this.view(saved, meeting);
  }

  async saveNotes(
    personId: string,
    meetingId: string,
    notes: string,
    privateNotes: string,
  ): Promise<{ savedAt: string }> {
    const savedAt = this.clock().toISOString();
    await this.updateMeeting(personId, meetingId, (m) => ({
      ...m,
      notes,
      privateNotes,
      updatedAt: savedAt,
    }));
    return { savedAt };
  }

  async setMood(personId: string, meetingId: string, mood: Mood | null): Promise<MeetingView> {
    const doc = await this.updateMeeting(personId, meetingId, (m) => ({
      ...m,
      mood,
      updatedAt: this.clock().toISOString(),
    }));
    return this.view(doc, this.meeting(doc, meetingId));
  }

  /**
   * Holding a meeting records which points were on its agenda, so the open ones show as carried
   * over next time; un-holding takes that back.
   */
  async setStatus(
    personId: string,
    meetingId: string,
    status: MeetingStatus,
    reason: string,
  ): Promise<MeetingView> {
    const file = this.file(personId);
    const current = this.meeting(file.data, meetingId);
    if ((status === 'cancelled' || status === 'missed') && !reason) {
      throw new AppError('invalid_input', 'Say briefly why, so the history makes sense later.', {
        reason: 'A reason is required.',
      });
    }
    const saved = await file.update((doc) => {
      const meeting = doc.meetings.find((m) => m.id === meetingId)!;
      if (status === 'held' && current.status !== 'held') {
        for (const point of agendaPoints(current, doc.talkingPoints)) {
          const stored = doc.talkingPoints.find((p) => p.id === point.id)!;
          if (!stored.discussedIn.includes(meetingId)) stored.discussedIn.push(meetingId);
        }
      }
      if (status !== 'held' && current.status === 'held') {
        for (const point of doc.talkingPoints)
          point.discussedIn = point.discussedIn.filter((id) => id !== meetingId);
      }
      Object.assign(meeting, {
        status,
        statusReason: status === 'held' || status === 'planned' ? '' : reason,
        updatedAt: this.clock().toISOString(),
      });
    });
    return this.view(saved, this.meeting(saved, meetingId));
  }

  /**
   * Marks past or current 1:1s in one step, grouped per person. Every item must still be open
   * (not yet marked); all are checked before anything is written.
   */
  async record(
    items: { personId: string; occurrence: string | null; meetingId: string | null }[],
    status: Exclude<MeetingStatus, 'planned'>,
    reason: string,
  ): Promise<{ recorded: number }> {
    if (status !== 'held' && !reason) {
      throw new AppError('invalid_input', 'Say briefly why, so the history makes sense later.', {
        reason: 'A reason is required.',
      });
    }
    const byPerson = new Map<string, typeof items>();
    const seen = new Set<string>();
    for (const item of items) {
      const key = `${item.personId}/${item.meetingId ?? item.occurrence}`;
      if (seen.has(key)) continue;
      seen.add(key);
      byPerson.set(item.personId, [...(byPerson.get(item.personId) ?? []), item]);
    }
    const plans = [...byPerson].map(([personId, list]) => {
      const file = this.file(personId);
      const doc = file.data;
      const writes = list.map((item) => {
        const meeting = item.meetingId
          ? this.meeting(doc, item.meetingId)
          : doc.meetings.find((m) => m.occurrence === item.occurrence);
        if (meeting && meeting.status !== 'planned') {
          throw new AppError(
            'conflict',
            `The 1:1 with ${doc.person.name} on ${meeting.at.slice(0, 10)} is already marked ${meeting.status}. Nothing was changed.`,
          );
        }
        if (meeting) return { meetingId: meeting.id, create: null };
        const at = toLocalDateTime(this.findOccurrence(doc, item.occurrence!));
        return { meetingId: null, create: this.newMeeting(item.occurrence, at) };
      });
      return { file, writes };
    });
    const now = this.clock().toISOString();
    let recorded = 0;
    for (const { file, writes } of plans) {
      await file.update((doc) => {
        for (const write of writes) {
          if (write.create) doc.meetings.push(write.create);
          const id = write.meetingId ?? write.create!.id;
          const meeting = doc.meetings.find((m) => m.id === id)!;
          Object.assign(meeting, {
            status,
            statusReason: status === 'held' ? '' : reason,
            updatedAt: now,
          });
        }
      });
      recorded += writes.length;
    }
    return { recorded };
  }

  async skip(personId: string, occurrence: string, reason: string): Promise<{ skipped: true }> {
    const file = this.file(personId);
    this.findOccurrence(file.data, occurrence);
    await file.update((doc) => {
      doc.schedule.exceptions = doc.schedule.exceptions.filter((e) => e.occurrence !== occurrence);
      const meeting = doc.meetings.find((m) => m.occurrence === occurrence);
      if (meeting) {
        Object.assign(meeting, {
          status: 'cancelled',
          statusReason: reason || 'Skipped',
          updatedAt: this.clock().toISOString(),
        });
      } else {
        doc.schedule.exceptions.push({ occurrence, kind: 'skip', movedTo: null, reason });
      }
    });
    return { skipped: true };
  }

  async move(personId: string, occurrence: string, to: string): Promise<{ moved: true }> {
    const file = this.file(personId);
    this.findOccurrence(file.data, occurrence);
    await file.update((doc) => {
      doc.schedule.exceptions = doc.schedule.exceptions.filter((e) => e.occurrence !== occurrence);
      doc.schedule.exceptions.push({ occurrence, kind: 'move', movedTo: to, reason: '' });
      const meeting = doc.meetings.find((m) => m.occurrence === occurrence);
      if (meeting) Object.assign(meeting, { at: to, updatedAt: this.clock().toISOString() });
    });
    return { moved: true };
  }

  /**
   * Puts an occurrence back on the cadence: its usual time, and a 1:1 that was skipped (cancelled)
   * is planned again. Notes and agenda written for it are kept.
   */
  async resetOccurrence(personId: string, occurrence: string): Promise<{ reset: true }> {
    const file = this.file(personId);
    const usual = this.findOccurrence(
      { ...file.data, schedule: { ...file.data.schedule, exceptions: [] } },
      occurrence,
    );
    await file.update((doc) => {
      doc.schedule.exceptions = doc.schedule.exceptions.filter((e) => e.occurrence !== occurrence);
      const meeting = doc.meetings.find((m) => m.occurrence === occurrence);
      if (!meeting) return;
      meeting.at = toLocalDateTime(usual);
      if (meeting.status === 'cancelled')
        Object.assign(meeting, { status: 'planned', statusReason: '' });
      meeting.updatedAt = this.clock().toISOString();
    });
    return { reset: true };
  }

  private view(doc: PersonDocument, meeting: Meeting): MeetingView {
    const now = this.clock();
    const previous = doc.meetings
      .filter((m) => m.status === 'held' && m.at < meeting.at && m.id !== meeting.id)
      .sort((a, b) => b.at.localeCompare(a.at))[0];
    // Done since the last 1:1 was concluded (or created in this one): shown ticked, not hidden.
    const concluded = previous?.updatedAt ?? '';
    const doneHere = doc.actionItems
      .filter(
        (a) => a.doneAt !== null && (a.createdInMeetingId === meeting.id || a.doneAt >= concluded),
      )
      .map((a) => withOverdue(a, now));
    return {
      person: { id: doc.person.id, name: doc.person.name, role: doc.person.role },
      meeting,
      points: agendaPoints(meeting, doc.talkingPoints),
      actions: [
        ...openActions(doc.actionItems, now),
        ...(meeting.status === 'planned' ? doneHere : []),
      ],
      feedbackToDeliver:
        meeting.status === 'planned' ? feedbackToDeliver(doc.feedback, toLocalDate(now)) : [],
      previous: previous ? { id: previous.id, at: previous.at } : null,
    };
  }

  private newMeeting(occurrence: string | null, at: string): Meeting {
    return newMeeting(occurrence, at, this.clock().toISOString());
  }

  private async updateMeeting(
    personId: string,
    meetingId: string,
    change: (m: Meeting) => Meeting,
  ) {
    const file = this.file(personId);
    this.meeting(file.data, meetingId);
    return file.update((doc) => {
      replaceWhere(doc.meetings, (m) => m.id === meetingId, change);
    });
  }

  /** The scheduled time of an occurrence the cadence really has (past or future). */
  private findOccurrence(doc: PersonDocument, occurrence: string): Date {
    const found = usualTime(doc.person.cadence, doc.schedule, occurrence);
    const exception = doc.schedule.exceptions.find((e) => e.occurrence === occurrence);
    if (!found)
      throw new AppError(
        'not_found',
        `${doc.person.name} has no 1:1 scheduled on ${occurrence}. The cadence may have changed.`,
      );
    return exception?.kind === 'move' && exception.movedTo ? parseISO(exception.movedTo) : found;
  }

  private file(personId: string) {
    return requirePerson(this.repo, personId);
  }

  private meeting(doc: PersonDocument, meetingId: string): Meeting {
    return findMeeting(doc, meetingId);
  }
}
