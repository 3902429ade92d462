import { endOfDay, endOfISOWeek } from 'date-fns';
import { upcomingMeetings } from '../../../shared/domain/cadence';
import type { TodayOverview, UpcomingMeeting } from '../../../shared/ipc/channels/today';
import type { Person } from '../../../shared/model/person';
import type { Clock } from '../clock';

const LATER_DAYS = 14;

/** The home screen's first answer: whom the lead meets today, this week and soon. */
export function buildTodayOverview(people: Person[], clock: Clock): TodayOverview {
  const now = clock();
  const active = people.filter((p) => p.status === 'active');
  const todayEnd = endOfDay(now);
  const weekEnd = endOfISOWeek(now);
  const horizon = new Date(now.getTime() + LATER_DAYS * 86_400_000);

  const meetings: UpcomingMeeting[] = [];
  for (const person of active) {
    for (const at of upcomingMeetings(person.cadence, now, 3)) {
      if (at > horizon) break;
      meetings.push({
        personId: person.id,
        name: person.name,
        role: person.role,
        at: at.toISOString(),
      });
    }
  }
  meetings.sort((a, b) => a.at.localeCompare(b.at) || a.name.localeCompare(b.name));

  return {
    now: now.toISOString(),
    today: meetings.filter((m) => new Date(m.at) <= todayEnd),
    thisWeek: meetings.filter((m) => new Date(m.at) > todayEnd && new Date(m.at) <= weekEnd),
    later: meetings.filter((m) => new Date(m.at) > weekEnd).slice(0, 10),
    withoutCadence: active
      .filter((p) => p.cadence.frequency === 'none')
      .map((p) => ({ personId: p.id, name: p.name })),
    activeCount: active.length,
  };
}
