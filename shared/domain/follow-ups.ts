import type { PersonDocument } from '../model/documents';
import type { Feedback, FollowUpDue } from '../model/feedback';
import { isFollowUpDue } from './agenda';
import { localDaysBetween } from './local-time';

/** What one feedback entry is about, in one line. */
export const feedbackSummary = (item: Pick<Feedback, 'behaviour' | 'situation'>): string =>
  item.behaviour || item.situation;

/**
 * Follow-ups due by `today` (a local date) for active people, most overdue first. Archived people
 * have none: nobody meets them any more.
 */
export function followUpsDue(documents: PersonDocument[], today: string): FollowUpDue[] {
  return documents
    .filter((doc) => doc.person.status === 'active')
    .flatMap(({ person, feedback }) =>
      feedback
        .filter((item) => isFollowUpDue(item, today))
        .map((item) => ({
          personId: person.id,
          name: person.name,
          feedbackId: item.id,
          kind: item.kind,
          date: item.date,
          summary: feedbackSummary(item),
          followUpOn: item.followUpOn!,
          daysOverdue: localDaysBetween(item.followUpOn!, today),
        })),
    )
    .sort(
      (a, b) =>
        b.daysOverdue - a.daysOverdue ||
        a.name.localeCompare(b.name) ||
        a.date.localeCompare(b.date),
    );
}
