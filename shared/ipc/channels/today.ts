import { z } from 'zod';
import { channel, noInput } from '../channel';
import { WEEK_START_SETTINGS, type WeekStartSetting } from '../../model/documents';
import type { PointAuthor } from '../../model/meeting';
import type { FollowUpDue } from '../../model/feedback';

export interface UpcomingMeeting {
  personId: string;
  name: string;
  role: string;
  /** Local date and time, `2026-11-17T10:00`. */
  at: string;
  /** The cadence occurrence to open, or null for an ad-hoc 1:1 (then meetingId is set). */
  occurrence: string | null;
  meetingId: string | null;
  /** 'now' from its start for an hour, 'earlier' after that (today only), else 'upcoming'. */
  state: 'upcoming' | 'now' | 'earlier';
}

/** A past 1:1 whose day is over and that nobody marked held, cancelled or missed. */
export interface NotRecordedMeeting {
  personId: string;
  name: string;
  /** Local date and time, `2026-11-17T10:00`. */
  at: string;
  occurrence: string | null;
  meetingId: string | null;
}

/** An open action item due by the end of this week, or already overdue. */
export interface DueAction {
  personId: string;
  name: string;
  actionId: string;
  text: string;
  owner: PointAuthor;
  due: string;
  daysOverdue: number;
}

export interface TodayOverview {
  /** The backend's `now`, so the page shows the same day the rules used. */
  now: string;
  today: UpcomingMeeting[];
  /** Past 1:1s not recorded, newest first. */
  notRecorded: NotRecordedMeeting[];
  /** What "this week" meant: 1 Monday, 0 Sunday. */
  weekStartsOn: 0 | 1;
  thisWeek: UpcomingMeeting[];
  later: UpcomingMeeting[];
  withoutCadence: { personId: string; name: string }[];
  /** Most overdue first. */
  dueActions: DueAction[];
  /** Feedback follow-ups whose date has come, most overdue first. */
  followUpsDue: FollowUpDue[];
  activeCount: number;
}

/** Which day weeks start on: the setting, what it means now, and the system locale's day. */
export interface WeekStartView {
  setting: WeekStartSetting;
  weekStartsOn: 0 | 1;
  systemWeekStartsOn: 0 | 1;
}

export const todayChannels = {
  'today:overview': channel(noInput).returns<TodayOverview>(),
  'today:weekStart': channel(noInput).returns<WeekStartView>(),
  'today:setWeekStart': channel(
    z.object({
      weekStartsOn: z.enum(WEEK_START_SETTINGS, 'Choose Monday, Sunday or the system setting.'),
    }),
  ).returns<WeekStartView>(),
};
