import { differenceInCalendarDays } from 'date-fns';
import type {
  ActionItem,
  AgendaAction,
  AgendaPoint,
  Meeting,
  TalkingPoint,
} from '../model/meeting';
import type { Feedback } from '../model/feedback';
import { fromLocalDate } from './local-time';

/**
 * The talking points of a meeting. A held meeting shows what was on its agenda when it was held;
 * any other shows every open point plus those ticked off in it, in the lead's order.
 */
export function agendaPoints(
  meeting: Pick<Meeting, 'id' | 'status'>,
  points: TalkingPoint[],
): AgendaPoint[] {
  const onAgenda =
    meeting.status === 'held'
      ? points.filter((p) => p.discussedIn.includes(meeting.id))
      : points.filter((p) => p.resolvedAt === null || p.resolvedInMeetingId === meeting.id);
  return onAgenda
    .map((p) => {
      // discussedIn is in the order the meetings were held: only earlier ones make it carried over.
      const position = p.discussedIn.indexOf(meeting.id);
      const earlier = position === -1 ? p.discussedIn.length : position;
      return { ...p, carriedOver: earlier > 0 };
    })
    .sort((a, b) => a.order - b.order);
}

export function withOverdue(item: ActionItem, now: Date): AgendaAction {
  const daysOverdue =
    item.due && !item.doneAt ? differenceInCalendarDays(now, fromLocalDate(item.due)) : 0;
  return { ...item, overdue: daysOverdue > 0, daysOverdue: Math.max(0, daysOverdue) };
}

/** Open action items roll forward into every meeting until done; overdue ones first. */
export function openActions(items: ActionItem[], now: Date): AgendaAction[] {
  return items
    .filter((i) => i.doneAt === null)
    .map((i) => withOverdue(i, now))
    .sort(
      (a, b) => b.daysOverdue - a.daysOverdue || (a.due ?? '9999').localeCompare(b.due ?? '9999'),
    );
}

/** A follow-up whose date (a local date) has come: on or before `today`. */
export function isFollowUpDue(
  item: Pick<Feedback, 'status' | 'followUpOn'>,
  today: string,
): boolean {
  return item.status === 'follow_up' && item.followUpOn !== null && item.followUpOn <= today;
}

/**
 * What lands on the next 1:1's agenda: feedback the lead still has to give (oldest first), then
 * follow-ups whose date has come by `today`, a local date (earliest due first). The status tells
 * them apart: `to_deliver` is to give, `follow_up` is to follow up on.
 */
export function feedbackToDeliver(feedback: Feedback[], today: string): Feedback[] {
  const toGive = feedback
    .filter((f) => f.status === 'to_deliver')
    .sort((a, b) => a.date.localeCompare(b.date));
  const followUps = feedback
    .filter((f) => isFollowUpDue(f, today))
    .sort(
      (a, b) =>
        (a.followUpOn ?? '').localeCompare(b.followUpOn ?? '') || a.date.localeCompare(b.date),
    );
  return [...toGive, ...followUps];
}

/** The order value that puts a new point at the end. */
export function nextOrder(points: TalkingPoint[]): number {
  return points.reduce((max, p) => Math.max(max, p.order), 0) + 1;
}

/** Moves one point up or down among the open ones by swapping order values. */
export function reorder(
  points: TalkingPoint[],
  id: string,
  direction: 'up' | 'down',
): TalkingPoint[] {
  const open = points.filter((p) => p.resolvedAt === null).sort((a, b) => a.order - b.order);
  const index = open.findIndex((p) => p.id === id);
  const swapWith = direction === 'up' ? index - 1 : index + 1;
  if (index < 0 || swapWith < 0 || swapWith >= open.length) return points;
  const a = open[index]!;
  const b = open[swapWith]!;
  return points.map((p) =>
    p.id === a.id ? { ...p, order: b.order } : p.id === b.id ? { ...p, order: a.order } : p,
  );
}
