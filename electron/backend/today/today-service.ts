import { endOfDay, endOfISOWeek, format, parseISO } from 'date-fns';
import { openActions } from '../../../shared/domain/agenda';
import { toLocalDateTime, upcomingOneOnOnes } from '../../../shared/domain/schedule';
import type { DueAction, TodayOverview, UpcomingMeeting } from '../../../shared/ipc/channels/today';
import type { PersonDocument } from '../../../shared/model/documents';
import type { Clock } from '../clock';

const LATER_DAYS = 14;

/** The home screen's first answer: whom the lead meets today, this week and soon. */
export function buildTodayOverview(documents: PersonDocument[], clock: Clock): TodayOverview {
  const now = clock();
  const activeDocs = documents.filter((d) => d.person.status === 'active');
  const active = activeDocs.map((d) => d.person);
  const todayEnd = endOfDay(now);
  const weekEnd = endOfISOWeek(now);
  const horizon = new Date(now.getTime() + LATER_DAYS * 86_400_000);

  const meetings: UpcomingMeeting[] = [];
  for (const { person, schedule, meetings: recorded } of activeDocs) {
    for (const next of upcomingOneOnOnes(person.cadence, schedule, recorded, now, 3)) {
      if (next.at > horizon) break;
      meetings.push({
        personId: person.id,
        name: person.name,
        role: person.role,
        at: toLocalDateTime(next.at),
        occurrence: next.occurrence,
        meetingId: next.meetingId,
      });
    }
  }
  const weekEndDay = format(weekEnd, 'yyyy-MM-dd');
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
    thisWeek: meetings.filter((m) => parseISO(m.at) > todayEnd && parseISO(m.at) <= weekEnd),
    later: meetings.filter((m) => parseISO(m.at) > weekEnd).slice(0, 10),
    withoutCadence: active
      .filter((p) => p.cadence.frequency === 'none')
      .map((p) => ({ personId: p.id, name: p.name })),
    activeCount: active.length,
    dueActions,
  };
}
