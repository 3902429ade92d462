import { endOfDay, max, startOfDay, subDays, subMinutes } from 'date-fns';
import type { DueReminder } from '../../model/reminders';
import { feedbackToDeliver } from '../agenda';
import { feedbackSummary } from '../follow-ups';
import { addLocalDays, displayLocalDate, toLocalDate, toLocalDateTime } from '../local-time';
import { notRecordedOneOnOnes, openOneOnOnes, type OpenOneOnOne } from '../schedule';
import {
  activePeople,
  clockTime,
  leadOf,
  meetingRoute,
  morningOf,
  plural,
  reminderId,
  withinWindow,
  type ReminderInput,
  type RuleWindow,
} from './common';

/** The 1:1s looked at per person: enough for a window of a few days with ad-hoc ones. */
const OPEN_PER_PERSON = 8;

/**
 * 1:1s from the start of today (one that began earlier today stays until it is marked, as on
 * Today; from tomorrow "not recorded" takes over) to the window's end and the longest lead: the
 * ledger is asked for that span only (the first OPEN_PER_PERSON of `upcomingOneOnOnes` up to it).
 */
function openInWindow(input: ReminderInput, window: RuleWindow, maxLead: number) {
  const end = new Date(window.until.getTime() + maxLead * 60_000 + 1);
  const start = startOfDay(window.now);
  return activePeople(input).map((doc) => ({
    doc,
    open: openOneOnOnes(doc, start, end).slice(0, OPEN_PER_PERSON),
  }));
}

const subject = (personId: string, o: OpenOneOnOne) => [
  personId,
  o.occurrence ?? o.meetingId ?? '',
  toLocalDateTime(o.at),
];

/** meeting_soon (lead minutes before), meeting_prep (the brief), feedback_to_deliver (next 1:1). */
export function meetingReminders(input: ReminderInput, window: RuleWindow): DueReminder[] {
  const soon = leadOf(input.settings, 'meeting_soon');
  const prep = leadOf(input.settings, 'meeting_prep');
  const feedback = leadOf(input.settings, 'feedback_to_deliver');
  const leads = [soon, prep, feedback].filter((l): l is number => l !== null);
  if (leads.length === 0) return [];
  const out: DueReminder[] = [];
  for (const { doc, open } of openInWindow(input, window, Math.max(...leads))) {
    const { id: personId, name } = doc.person;
    const at = (o: OpenOneOnOne, lead: number) => subMinutes(o.at, lead).toISOString();
    for (const o of open) {
      const with_ = `1:1 with ${name} at ${clockTime(o.at)}`;
      if (soon !== null) {
        out.push({
          id: reminderId('meeting_soon', ...subject(personId, o)),
          kind: 'meeting_soon',
          title: with_,
          body: `Starts in ${plural(soon, 'minute')}.`,
          dueAt: at(o, soon),
          personId,
          route: meetingRoute(personId, o),
        });
      }
      if (prep !== null) {
        out.push({
          id: reminderId('meeting_prep', ...subject(personId, o)),
          kind: 'meeting_prep',
          title: `The brief is ready: ${with_}`,
          body: 'Open actions, feedback, growth and talking points on one page.',
          dueAt: at(o, prep),
          personId,
          route: `/team/${personId}/brief`,
        });
      }
    }
    const next = open[0];
    if (feedback === null || !next) continue;
    const toGive = feedbackToDeliver(doc.feedback, window.today).filter(
      (f) => f.status === 'to_deliver',
    );
    if (toGive.length === 0) continue;
    out.push({
      id: reminderId('feedback_to_deliver', ...subject(personId, next)),
      kind: 'feedback_to_deliver',
      title: `Feedback to give ${name} at ${clockTime(next.at)}`,
      body:
        toGive.length === 1
          ? feedbackSummary(toGive[0]!)
          : `${plural(toGive.length, 'piece')} of feedback, starting with: ${feedbackSummary(toGive[0]!)}`,
      dueAt: at(next, feedback),
      personId,
      route: meetingRoute(personId, next),
    });
  }
  return withinWindow(out, window);
}

/**
 * How far back not_recorded looks: older unmarked 1:1s stay on Today's ledger, but the reminder
 * (long since shown) stops; it also keeps a look at five years of data cheap.
 */
export const NOT_RECORDED_DAYS = 30;

/** not_recorded: the morning after a 1:1 nobody marked held, missed or cancelled. */
export function notRecordedReminders(input: ReminderInput, window: RuleWindow): DueReminder[] {
  if (leadOf(input.settings, 'not_recorded') === null) return [];
  const out: DueReminder[] = [];
  for (const doc of activePeople(input)) {
    const { id: personId, name } = doc.person;
    // Evaluated at the window's end: a 1:1 of today is due tomorrow morning if still unmarked.
    const since = subDays(startOfDay(window.now), NOT_RECORDED_DAYS);
    const createdAt = max([new Date(doc.person.createdAt), since]).toISOString();
    const source = { ...doc, person: { ...doc.person, createdAt } };
    for (const o of notRecordedOneOnOnes(source, window.until)) {
      const day = toLocalDate(o.at);
      out.push({
        id: reminderId('not_recorded', ...subject(personId, o)),
        kind: 'not_recorded',
        title: `Not recorded: 1:1 with ${name} on ${displayLocalDate(day)}`,
        body: 'Mark it held, missed or cancelled, and add what was said.',
        dueAt: morningOf(addLocalDays(day, 1), input.settings).toISOString(),
        personId,
        route: meetingRoute(personId, o),
      });
    }
  }
  return withinWindow(out, window);
}

/** Today's 1:1s still open, in time order, for the daily digest. */
export function todaysOneOnOnes(input: ReminderInput, now: Date): { name: string; at: Date }[] {
  const start = startOfDay(now);
  const end = new Date(endOfDay(now).getTime() + 1);
  return activePeople(input)
    .flatMap((doc) =>
      openOneOnOnes(doc, start, end)
        .slice(0, OPEN_PER_PERSON)
        .map((o) => ({ name: doc.person.name, at: o.at })),
    )
    .sort((a, b) => a.at.getTime() - b.at.getTime() || a.name.localeCompare(b.name));
}
