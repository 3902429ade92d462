import { randomUUID } from 'node:crypto';
import { isoDate } from '../../../shared/domain/balance';
import { AppError } from '../../../shared/ipc/errors';
import type { PersonDocument, TeamDocument } from '../../../shared/model/documents';
import {
  feedbackFieldsSchemaFor,
  normalizeStatus,
  type Feedback,
  type FeedbackFieldsInput,
} from '../../../shared/model/feedback';
import type { Clock } from '../clock';
import { checkMetricLink } from '../kpis/metric-link';
import type { PeopleRepository } from '../people/people-repository';
import { requirePerson } from '../people/require-person';
import type { DocumentFile } from '../storage/document-file';
import { replaceWhere, without } from '../storage/list-edits';

const NOT_AFTER_TODAY = 'Use today or an earlier date.';

function findFeedback(doc: PersonDocument, feedbackId: string): Feedback {
  const item = doc.feedback.find((f) => f.id === feedbackId);
  if (!item) throw new AppError('not_found', 'This feedback does not exist any more.');
  return item;
}

/** The feedback log: Situation, Behaviour, Impact and next step, in the person's own file. */
export class FeedbackService {
  constructor(
    private readonly repo: PeopleRepository,
    private readonly clock: Clock,
    private readonly team: DocumentFile<TeamDocument>,
  ) {}

  list(personId: string): Feedback[] {
    return [...requirePerson(this.repo, personId).data.feedback].sort(
      (a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt),
    );
  }

  async create(personId: string, input: FeedbackFieldsInput): Promise<Feedback> {
    const file = requirePerson(this.repo, personId);
    const fields = this.check(file.data, input, null);
    const now = this.clock().toISOString();
    const item: Feedback = normalizeStatus({
      id: randomUUID(),
      ...fields,
      createdAt: now,
      updatedAt: now,
    });
    await file.update((doc) => {
      doc.feedback.push(item);
    });
    return item;
  }

  async update(personId: string, feedbackId: string, input: FeedbackFieldsInput) {
    const file = requirePerson(this.repo, personId);
    const current = findFeedback(file.data, feedbackId);
    const fields = this.check(file.data, input, current.metricId);
    const item: Feedback = normalizeStatus({
      ...current,
      ...fields,
      updatedAt: this.clock().toISOString(),
    });
    await file.update((doc) => {
      replaceWhere(
        doc.feedback,
        (f) => f.id === feedbackId,
        () => item,
      );
    });
    return item;
  }

  async remove(personId: string, feedbackId: string): Promise<{ removed: true }> {
    const file = requirePerson(this.repo, personId);
    findFeedback(file.data, feedbackId);
    await file.update((doc) => {
      doc.feedback = without(doc.feedback, (f) => f.id === feedbackId);
    });
    return { removed: true };
  }

  /**
   * Called from the 1:1 page (with its meeting), the log or Today (without one). On a follow-up
   * entry it marks the follow-up done: the entry becomes delivered, with its original delivery.
   */
  async markDelivered(
    personId: string,
    feedbackId: string,
    meetingId: string | null,
    on: string,
  ): Promise<Feedback> {
    const file = requirePerson(this.repo, personId);
    const current = findFeedback(file.data, feedbackId);
    if (on > isoDate(this.clock())) {
      throw new AppError('invalid_input', NOT_AFTER_TODAY, { on: NOT_AFTER_TODAY });
    }
    if (on < current.date) {
      const message = 'Delivery cannot be before the feedback date.';
      throw new AppError('invalid_input', message, { on: message });
    }
    if (meetingId) this.requireMeeting(file.data, meetingId);
    // A follow-up was given already: marking it done keeps when and where it was delivered.
    const delivery =
      current.status === 'follow_up' && current.deliveredOn
        ? { deliveredOn: current.deliveredOn, deliveredInMeetingId: current.deliveredInMeetingId }
        : { deliveredOn: on, deliveredInMeetingId: meetingId };
    const item: Feedback = {
      ...current,
      status: 'delivered',
      ...delivery,
      followUpOn: null,
      updatedAt: this.clock().toISOString(),
    };
    await file.update((doc) => {
      replaceWhere(
        doc.feedback,
        (f) => f.id === feedbackId,
        () => item,
      );
    });
    return item;
  }

  /**
   * The rules that need the clock, the person's file or the team's metrics (`linked`: the metric
   * the entry links to now, which it may keep when archived); the contract checked the rest.
   */
  private check(doc: PersonDocument, input: FeedbackFieldsInput, linked: string | null) {
    const fields = feedbackFieldsSchemaFor(isoDate(this.clock())).parse(input);
    if (fields.deliveredInMeetingId) this.requireMeeting(doc, fields.deliveredInMeetingId);
    return { ...fields, metricId: checkMetricLink(this.team.data, fields.metricId, linked) };
  }

  private requireMeeting(doc: PersonDocument, meetingId: string) {
    if (!doc.meetings.some((m) => m.id === meetingId)) {
      const message = `This 1:1 is not in ${doc.person.name}'s history any more.`;
      throw new AppError('not_found', message, { deliveredInMeetingId: message });
    }
  }
}
