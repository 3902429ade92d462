import { channel, noInput } from '../channel';

export interface UpcomingMeeting {
  personId: string;
  name: string;
  role: string;
  at: string;
}

export interface TodayOverview {
  /** The backend's `now`, so the page shows the same day the rules used. */
  now: string;
  today: UpcomingMeeting[];
  thisWeek: UpcomingMeeting[];
  later: UpcomingMeeting[];
  withoutCadence: { personId: string; name: string }[];
  activeCount: number;
}

export const todayChannels = {
  'today:overview': channel(noInput).returns<TodayOverview>(),
};
