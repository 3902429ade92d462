import { endOfDay, endOfWeek, parseISO, startOfDay } from 'date-fns';
import { openActions } from '../../../shared/domain/agenda';
import { followUpsDue } from '../../../shared/domain/follow-ups';
import { toLocalDate, toLocalDateTime } from '../../../shared/domain/local-time';
import {
  meetingState,
  notRecordedOneOnOnes,
  upcomingOneOnOnes,
} from '../../../shared/domain/schedule';
import type {
  DueAction,
  NotRecordedMeeting,
  TodayOverview,
  UpcomingMeeting,
} from '../../../shared/ipc/channels/today';
import type { PersonDocument } from '../../../shared/model/documents';
import type { Clock } from '../clock';

const LATER_DAYS = 14;

interface TodayOptions {
  /** 1 when weeks start on Monday, 0 on Sunday: what "this week" means. */
  weekStartsOn: 0 | 1;
}

/** The home screen's first answer: whom the lead meets today, this week and soon. */
export function buildTodayOverview(
  documents: PersonDocument[],
  clock: Clock,
  options: TodayOptions = { weekStartsOn: 1 },
): TodayOverview {
  const now = clock();
  const activeDocs = documents.filter((d) => d.person.status === 'active');
  const active = activeDocs.map((d) => d.person);
  const todayStart = startOfDay(now);
  const todayEnd = endOfDay(now);
  const weekEnd = endOfWeek(now, { weekStartsOn: options.weekStartsOn });
  const horizon = new Date(now.getTime() + LATER_DAYS * 86_400_000);

  const meetings: UpcomingMeeting[] = [];
  const notRecorded: NotRecordedMeeting[] = [];
  for (const doc of activeDocs) {
    const { person } = doc;
    // From the start of the local day: a 1:1 that began earlier today stays until it is marked.
    for (const next of upcomingOneOnOnes(doc, todayStart, 3)) {
      if (next.at > horizon) break;
      meetings.push({
        personId: person.id,
        name: person.name,
        role: person.role,
        at: toLocalDateTime(next.at),
        occurrence: next.occurrence,
        meetingId: next.meetingId,
        state: meetingState(next.at, now),
      });
    }
    for (const past of notRecordedOneOnOnes(doc, now)) {
      notRecorded.push({
        personId: person.id,
        name: person.name,
        at: toLocalDateTime(past.at),
        occurrence: past.occurrence,
        meetingId: past.meetingId,
      });
    }
  }
  const weekEndDay = toLocalDate(weekEnd);
  const dueActions: DueAction[] = activeDocs
    .flatMap(({ person, actionItems }) =>
      openActions(actionItems, now)
        .filter((a) => a.due !== null && a.due <= weekEndDay)
        .map((a) => ({
          personId: person.id,
          name: person.name,
          actionId: a.id,
          text: a.text,
          owner: a.owner,
          due: a.due!,
          daysOverdue: a.daysOverdue,
        })),
    )
    .sort((a, b) => b.daysOverdue - a.daysOverdue || a.due.localeCompare(b.due));

  meetings.sort((a, b) => a.at.localeCompare(b.at) || a.name.localeCompare(b.name));

  return {
    now: now.toISOString(),
    today: meetings.filter((m) => parseISO(m.at) <= todayEnd),
    notRecorded: notRecorded.sort(
      (a, b) => b.at.localeCompare(a.at) || a.name.localeCompare(b.name),
    ),
    weekStartsOn: options.weekStartsOn,
    thisWeek: meetings.filter((m) => parseISO(m.at) > todayEnd && parseISO(m.at) <= weekEnd),
    later: meetings.filter((m) => parseISO(m.at) > weekEnd),
    withoutCadence: active
      .filter((p) => p.cadence.frequency === 'none')
      .map((p) => ({ personId: p.id, name: p.name })),
    activeCount: active.length,
    dueActions,
    followUpsDue: followUpsDue(activeDocs, toLocalDate(now)),
  };
}
